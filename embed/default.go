package embed

// Default returns a registry holding the providers hugofmt ships, in the
// order Rewrite consults them. Each call returns a new registry, which
// With and Without extend or trim.
func Default() *Registry {
	return newRegistry([]Provider{
		speakerDeck{},
		slideShare{},
		youTube{},
		vimeo{},
		xPost{},
		instagram{},
		gist{},
		// The long tail (prov).
		codepen{}, googleSlides{}, googleDocs{}, googleMaps{}, spotify{}, soundcloud{},
		codesandbox{}, jsfiddle{}, niconico{}, docswell{}, amazon{}, amazonCard{}, hatena{},
		iframely{}, note{}, linkedin{}, flickr{}, bluesky{}, jsbin{}, canva{},
	})
}
