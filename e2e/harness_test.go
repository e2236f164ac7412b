package e2e

import (
	"context"
	"os"
	"sync"
	"testing"
)

var judge struct {
	once sync.Once
	hugo *Hugo
	err  error
}

// findHugo returns the judge, or skips the test when there is none: the
// suite cannot run without it. With HUGOFMT_E2E_REQUIRE=1 a missing judge
// fails the test instead.
func findHugo(t *testing.T) *Hugo {
	t.Helper()
	judge.once.Do(func() { judge.hugo, judge.err = FindHugo() })
	if judge.err != nil {
		if os.Getenv(EnvRequire) == "1" {
			t.Fatalf("%s=1 and %v", EnvRequire, judge.err)
		}
		t.Skipf("skipping the end-to-end suite: %v", judge.err)
	}
	return judge.hugo
}

// prove runs Prove on c with convert in a temporary directory.
func prove(t *testing.T, c Case, convert Converter) *Report {
	t.Helper()
	r, err := Prove(context.Background(), findHugo(t), t.TempDir(), c, convert)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
