package testgen

// A form is one way an embed is written: the HTML a service's "embed" or
// "share" button gives today or gave years ago, as it sits in real posts.
type form struct {
	provider string // the provider expected to claim it; "" when none should
	name     string // the form, unique within the provider
	html     string // the HTML, with placeholders (see post.expand); no blank line
}

// forms lists every embed form the generator writes: every provider the
// library supports, each in the forms found on real sites, and HTML that
// looks like an embed but that no provider should claim.
var forms = []form{
	{"speakerdeck", "script", `<script async class="speakerdeck-embed" data-id="{hex32}" data-ratio="{ratio}" src="//speakerdeck.com/assets/embed.js"></script>`},
	{"speakerdeck", "script-slide", `<script async class="speakerdeck-embed" data-slide="{slide}" data-id="{hex32}" data-ratio="{ratio}" src="//speakerdeck.com/assets/embed.js"></script>`},
	{"speakerdeck", "iframe", `<iframe class="speakerdeck-iframe" frameborder="0" src="https://speakerdeck.com/player/{hex32}" title="{title}" allowfullscreen="true" style="border: 0px; background: padding-box padding-box rgba(0, 0, 0, 0.1); margin: 0px; padding: 0px; border-radius: 6px; box-shadow: rgba(0, 0, 0, 0.2) 0px 5px 40px; width: 100%; height: auto; aspect-ratio: 560 / 315;" data-ratio="1.7777777777777777"></iframe>`},

	{"slideshare", "iframe", `<iframe src="//www.slideshare.net/slideshow/embed_code/key/{alnum14}" width="595" height="485" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" style="border:1px solid #CCC; border-width:1px; margin-bottom:5px; max-width: 100%;" allowfullscreen> </iframe>`},
	{"slideshare", "iframe-credit", `<iframe src="//www.slideshare.net/slideshow/embed_code/key/{alnum14}" width="595" height="485" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" style="border:1px solid #CCC; border-width:1px; margin-bottom:5px; max-width: 100%;" allowfullscreen> </iframe> <div style="margin-bottom:5px"> <strong> <a href="//www.slideshare.net/{user}/{slug}" title="{title}" target="_blank">{title}</a> </strong> from <strong><a href="https://www.slideshare.net/{user}" target="_blank">{user}</a></strong> </div>`},
	{"slideshare", "iframe-credit-nextline", `<iframe src="https://www.slideshare.net/slideshow/embed_code/key/{alnum14}" width="510" height="420" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" style="border:1px solid #CCC; border-width:1px; margin-bottom:5px; max-width: 100%;" allowfullscreen></iframe>
<div style="margin-bottom:5px"><strong><a href="https://www.slideshare.net/slideshow/{slug}/{num9}" title="{title}" target="_blank">{title}</a></strong> from <strong><a href="https://www.slideshare.net/{user}" target="_blank">{name}</a></strong></div>`},
	{"slideshare", "iframe-numeric", `<iframe src="https://www.slideshare.net/slideshow/embed_code/{num8}" width="427" height="356" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" style="border:1px solid #CCC;border-width:1px 1px 0;margin-bottom:5px" allowfullscreen webkitallowfullscreen mozallowfullscreen> </iframe>`},

	{"youtube", "iframe", `<iframe width="560" height="315" src="https://www.youtube.com/embed/{url11}?si={url16}" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`},
	{"youtube", "iframe-classic", `<iframe width="560" height="315" src="https://www.youtube.com/embed/{url11}" frameborder="0" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>`},
	{"youtube", "iframe-rel", `<iframe width="420" height="315" src="//www.youtube.com/embed/{url11}?rel=0&amp;showinfo=0" frameborder="0" allowfullscreen></iframe>`},
	{"youtube", "nocookie", `<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/{url11}" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>`},
	{"youtube", "start", `<iframe width="560" height="315" src="https://www.youtube.com/embed/{url11}?start={sec}" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>`},
	{"youtube", "multiline", `<iframe
  width="560" height="315"
  src="https://www.youtube.com/embed/{url11}"
  frameborder="0"
  allowfullscreen>
</iframe>`},
	{"youtube", "wrapped", `<div class="video-container">
<iframe src="https://www.youtube.com/embed/{url11}" frameborder="0" allowfullscreen></iframe>
</div>`},
	{"youtube", "object", `<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/{url11}&hl=en&fs=1"></param><param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/{url11}&hl=en&fs=1" type="application/x-shockwave-flash" allowfullscreen="true" width="425" height="344"></embed></object>`},
	{"youtube", "playlist", `<iframe width="560" height="315" src="https://www.youtube.com/embed/videoseries?list=PL{url32}" frameborder="0" allowfullscreen></iframe>`},

	{"vimeo", "iframe-h", `<iframe src="https://player.vimeo.com/video/{num9}?h={hex10}" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`},
	{"vimeo", "iframe-credit", `<iframe src="https://player.vimeo.com/video/{num8}?color=ff0179" width="500" height="281" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe> <p><a href="https://vimeo.com/{num8}">{title}</a> from <a href="https://vimeo.com/{user}">{name}</a> on <a href="https://vimeo.com">Vimeo</a>.</p>`},
	{"vimeo", "responsive", `<div style="padding:56.25% 0 0 0;position:relative;"><iframe src="https://player.vimeo.com/video/{num9}?h={hex10}&amp;badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=58479" frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write" style="position:absolute;top:0;left:0;width:100%;height:100%;" title="{title}"></iframe></div><script src="https://player.vimeo.com/api/player.js"></script>`},

	{"x", "oneline", `<blockquote class="twitter-tweet"><p lang="{lang}" dir="ltr">{text}</p>&mdash; {name} (@{user}) <a href="https://twitter.com/{user}/status/{num19}?ref_src=twsrc%5Etfw">{date}</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`},
	{"x", "twoline", `<blockquote class="twitter-tweet" data-lang="{lang}"><p lang="{lang}" dir="ltr">{text}<br><br>{text} <a href="https://t.co/{alnum10}">https://t.co/{alnum10}</a></p>&mdash; {name} (@{user}) <a href="https://twitter.com/{user}/status/{num19}?ref_src=twsrc%5Etfw">{date}</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`},
	{"x", "multiline", `<blockquote class="twitter-tweet">
<p lang="{lang}" dir="ltr">{text}
{text}</p>
&mdash; {name} (@{user})
<a href="https://x.com/{user}/status/{num19}">{date}</a>
</blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`},
	{"x", "noscript", `<blockquote class="twitter-tweet" data-conversation="none" data-lang="en"><p lang="{lang}" dir="ltr">{text}</p>&mdash; {name} (@{user}) <a href="https://x.com/{user}/status/{num19}?ref_src=twsrc%5Etfw">{date}</a></blockquote>`},

	{"instagram", "captioned", `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/{url11}/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style=" background:#FFF; border:0; border-radius:3px; box-shadow:0 0 1px 0 rgba(0,0,0,0.5),0 1px 10px 0 rgba(0,0,0,0.15); margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%; width:-webkit-calc(100% - 2px); width:calc(100% - 2px);"><div style="padding:16px;"> <a href="https://www.instagram.com/p/{url11}/?utm_source=ig_embed&amp;utm_campaign=loading" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%;" target="_blank"> <div style=" display: flex; flex-direction: row; align-items: center;"> <div style="background-color: #F4F4F4; border-radius: 50%; flex-grow: 0; height: 40px; margin-right: 14px; width: 40px;"></div></div><div style="padding: 19% 0;"></div><div style="padding-top: 8px;"> <div style=" color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:550; line-height:18px;">View this post on Instagram</div></div></a><p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; white-space:nowrap;"><a href="https://www.instagram.com/p/{url11}/?utm_source=ig_embed&amp;utm_campaign=loading" style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px; text-decoration:none;" target="_blank">A post shared by {name} (@{user})</a></p></div></blockquote> <script async src="//www.instagram.com/embed.js"></script>`},
	{"instagram", "reel", `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/{url11}/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style="background:#FFF; border:0; margin: 1px; max-width:540px; min-width:326px; padding:0;"><div style="padding:16px;"><a href="https://www.instagram.com/reel/{url11}/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">View this post on Instagram</a></div></blockquote>
<script async src="//www.instagram.com/embed.js"></script>`},

	{"gist", "script", `<script src="https://gist.github.com/{user}/{hex32}.js"></script>`},
	{"gist", "script-file", `<script src="https://gist.github.com/{user}/{hex32}.js?file={file}"></script>`},
	{"gist", "script-nouser", `<script src="https://gist.github.com/{num7}.js"></script>`},

	{"codepen", "paragraph", `<p class="codepen" data-height="300" data-default-tab="html,result" data-slug-hash="{alnum7}" data-pen-title="{title}" data-user="{user}" style="height: 300px; box-sizing: border-box; display: flex; align-items: center; justify-content: center; border: 2px solid; margin: 1em 0; padding: 1em;">
  <span>See the Pen <a href="https://codepen.io/{user}/pen/{alnum7}">
  {title}</a> by {name} (<a href="https://codepen.io/{user}">@{user}</a>)
  on <a href="https://codepen.io">CodePen</a>.</span>
</p>
<script async src="https://cpwebassets.codepen.io/assets/embed/ei.js"></script>`},
	{"codepen", "iframe", `<iframe height="300" style="width: 100%;" scrolling="no" title="{title}" src="https://codepen.io/{user}/embed/{alnum7}?default-tab=html%2Cresult" frameborder="no" loading="lazy" allowtransparency="true" allowfullscreen="true">
  See the Pen <a href="https://codepen.io/{user}/pen/{alnum7}">
  {title}</a> by {name} (<a href="https://codepen.io/{user}">@{user}</a>)
  on <a href="https://codepen.io">CodePen</a>.
</iframe>`},
	{"codepen", "paragraph-v2", `<p data-height="265" data-theme-id="0" data-slug-hash="{alnum7}" data-default-tab="result" data-user="{user}" data-embed-version="2" data-pen-title="{title}" class="codepen">See the Pen <a href="https://codepen.io/{user}/pen/{alnum7}/">{title}</a> by {name} (<a href="https://codepen.io/{user}">@{user}</a>) on <a href="https://codepen.io">CodePen</a>.</p>
<script async src="https://static.codepen.io/assets/embed/ei.js"></script>`},

	{"googleslides", "published", `<iframe src="https://docs.google.com/presentation/d/e/2PACX-1v{url80}/embed?start=false&loop=false&delayms=3000" frameborder="0" width="960" height="569" allowfullscreen="true" mozallowfullscreen="true" webkitallowfullscreen="true"></iframe>`},
	{"googleslides", "by-id", `<iframe src="https://docs.google.com/presentation/d/{url44}/embed?start=false&amp;loop=false&amp;delayms=3000" frameborder="0" width="480" height="299" allowfullscreen="true" mozallowfullscreen="true" webkitallowfullscreen="true"></iframe>`},

	{"googledocs", "document", `<iframe src="https://docs.google.com/document/d/e/2PACX-1v{url80}/pub?embedded=true" width="100%" height="600"></iframe>`},
	{"googledocs", "spreadsheet", `<iframe width="100%" height="400" src="https://docs.google.com/spreadsheets/d/e/2PACX-1v{url80}/pubhtml?widget=true&amp;headers=false"></iframe>`},
	{"googledocs", "form", `<iframe src="https://docs.google.com/forms/d/e/1FAIpQL{url50}/viewform?embedded=true" width="640" height="800" frameborder="0" marginheight="0" marginwidth="0">Loading…</iframe>`},

	{"googlemaps", "pb", `<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3241.{num10}!2d139.{num7}!3d35.{num7b}!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x{hex16}!2z{url24}!5e0!3m2!1sja!2sjp!4v{num13}!5m2!1sja!2sjp" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`},
	{"googlemaps", "mymaps", `<iframe src="https://www.google.com/maps/d/embed?mid={url33}" width="640" height="480"></iframe>`},
	{"googlemaps", "classic", `<iframe width="425" height="350" frameborder="0" scrolling="no" marginheight="0" marginwidth="0" src="https://maps.google.com/maps?f=q&amp;source=s_q&amp;hl=en&amp;q={slug}&amp;output=embed"></iframe><br /><small><a href="https://maps.google.com/maps?f=q&amp;source=embed&amp;q={slug}" style="color:#0000FF;text-align:left">View Larger Map</a></small>`},

	{"spotify", "track", `<iframe style="border-radius:12px" src="https://open.spotify.com/embed/track/{alnum22}?utm_source=generator" width="100%" height="352" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>`},
	{"spotify", "playlist", `<iframe style="border-radius:12px" src="https://open.spotify.com/embed/playlist/{alnum22}?utm_source=generator&theme=0" width="100%" height="152" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>`},
	{"spotify", "episode", `<iframe src="https://open.spotify.com/embed/episode/{alnum22}" width="100%" height="232" frameborder="0" allowtransparency="true" allow="encrypted-media"></iframe>`},
	{"spotify", "uri", `<iframe src="https://embed.spotify.com/?uri=spotify:album:{alnum22}" width="300" height="380" frameborder="0" allowtransparency="true"></iframe>`},

	{"soundcloud", "track-credit", `<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/{num9}&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true"></iframe><div style="font-size: 10px; color: #cccccc;line-break: anywhere;word-break: normal;overflow: hidden;white-space: nowrap;text-overflow: ellipsis; font-family: Interstate,Lucida Grande,Lucida Sans Unicode,Lucida Sans,Garuda,Verdana,Tahoma,sans-serif;font-weight: 100;"><a href="https://soundcloud.com/{user}" title="{name}" target="_blank" style="color: #cccccc; text-decoration: none;">{name}</a> · <a href="https://soundcloud.com/{user}/{slug}" title="{title}" target="_blank" style="color: #cccccc; text-decoration: none;">{title}</a></div>`},
	{"soundcloud", "playlist", `<iframe width="100%" height="450" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/playlists/{num9}&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true&visual=true"></iframe>`},

	{"codesandbox", "embed", `<iframe src="https://codesandbox.io/embed/{slug}-{lower5}?fontsize=14&hidenavigation=1&theme=dark" style="width:100%; height:500px; border:0; border-radius: 4px; overflow:hidden;" title="{slug}" allow="accelerometer; ambient-light-sensor; camera; encrypted-media; geolocation; gyroscope; hid; microphone; midi; payment; usb; vr; xr-spatial-tracking" sandbox="allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts"></iframe>`},
	{"codesandbox", "p-sandbox", `<iframe src="https://codesandbox.io/p/sandbox/{lower6}?file=%2Fsrc%2FApp.js&embed=1" style="width:100%; height: 500px; border:0; border-radius: 4px; overflow:hidden;" title="{title}" allow="accelerometer; ambient-light-sensor; camera; encrypted-media; geolocation; gyroscope; hid; microphone; midi; payment; usb; vr; xr-spatial-tracking" sandbox="allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts"></iframe>`},

	{"jsfiddle", "script", `<script async src="//jsfiddle.net/{user}/{alnum8}/embed/js,html,css,result/dark/"></script>`},
	{"jsfiddle", "iframe", `<iframe width="100%" height="300" src="//jsfiddle.net/{user}/{alnum8}/embedded/" allowfullscreen="allowfullscreen" allowpaymentrequest frameborder="0"></iframe>`},

	{"niconico", "script", `<script type="application/javascript" src="https://embed.nicovideo.jp/watch/sm{num8}/script?w=640&h=360"></script><noscript><a href="https://www.nicovideo.jp/watch/sm{num8}">{title}</a></noscript>`},
	{"niconico", "thumb", `<iframe width="312" height="176" src="https://ext.nicovideo.jp/thumb/sm{num8}" scrolling="no" style="border:solid 1px #ccc;" frameborder="0"><a href="https://www.nicovideo.jp/watch/sm{num8}">{title}</a></iframe>`},
	{"niconico", "iframe", `<iframe width="560" height="315" src="https://embed.nicovideo.jp/watch/sm{num8}?oldScript=1&referer=&from=0&allowProgrammaticFullScreen=1" frameborder="0" allow="autoplay; fullscreen" allowfullscreen></iframe>`},

	{"docswell", "script", `<script async class="docswell-embed" src="https://www.docswell.com/assets/libs/docswell-embed/docswell-embed.min.js" data-src="https://www.docswell.com/slide/{upper6}/embed" data-aspect="0.5625"></script><div class="docswell-link"><a href="https://www.docswell.com/s/{user}/{upper6}-{slug}">{title} by @{user}</a></div>`},
	{"docswell", "iframe", `<iframe src="https://www.docswell.com/slide/{upper6}/embed" allowfullscreen class="docswell-iframe" width="620" height="349" style="border: 1px solid #ccc; display: block; margin: 0px auto; padding: 0px; aspect-ratio: 620/349;"></iframe>`},

	{"amazon", "rcm", `<iframe style="width:120px;height:240px;" marginwidth="0" marginheight="0" scrolling="no" frameborder="0" src="//rcm-fe.amazon-adsystem.com/e/cm?lt1=_blank&bc1=000000&IS2=1&bg1=FFFFFF&fc1=000000&lc1=0000FF&t={user}-22&language=ja_JP&o=9&p=8&l=as4&m=amazon&f=ifr&ref=as_ss_li_til&asins=B0{upper8}&linkId={hex32}"></iframe>`},
	{"amazon", "rcm-isbn", `<iframe src="https://rcm-fe.amazon-adsystem.com/e/cm?t={user}-22&o=9&p=8&l=as1&asins=4{num9}&ref=qf_sp_asin_til&fc1=000000&IS2=1&lt1=_blank&m=amazon&lc1=0000FF&bc1=000000&bg1=FFFFFF&f=ifr" style="width:120px;height:240px;" scrolling="no" marginwidth="0" marginheight="0" frameborder="0"></iframe>`},

	{"amazoncard", "hatena-exported", `<p><div class="hatena-asin-detail"><a href="https://www.amazon.co.jp/exec/obidos/ASIN/B0{upper8}/{user}-22/"><img src="https://images-fe.ssl-images-amazon.com/images/I/{url11}._SL160_.jpg" class="hatena-asin-detail-image" alt="{title}" title="{title}"></a><div class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a href="https://www.amazon.co.jp/exec/obidos/ASIN/B0{upper8}/{user}-22/">{title}</a></p><ul><li><span class="hatena-asin-detail-label">出版社/メーカー:</span> {name}</li><li><span class="hatena-asin-detail-label">発売日:</span> {date}</li></ul></div></div></p>`},
	{"amazoncard", "hatena", `<div class="hatena-asin-detail"><a href="https://www.amazon.co.jp/dp/4{num9}?tag={user}-22&amp;linkCode=ogi&amp;th=1&amp;psc=1" class="hatena-asin-detail-image-link" target="_blank" rel="noopener"><img src="https://m.media-amazon.com/images/I/{url11}.jpg" class="hatena-asin-detail-image" alt="{title}" title="{title}"></a><div class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a href="https://www.amazon.co.jp/dp/4{num9}?tag={user}-22&amp;linkCode=ogi&amp;th=1&amp;psc=1" target="_blank" rel="noopener">{title}</a></p><ul class="hatena-asin-detail-meta"><li><span class="hatena-asin-detail-label">作者:</span><a href="https://d.hatena.ne.jp/keyword/{slug}" class="keyword">{name}</a></li><li>{name}</li></ul><a href="https://www.amazon.co.jp/dp/4{num9}?tag={user}-22&amp;linkCode=ogi&amp;th=1&amp;psc=1" class="asin-detail-buy" target="_blank" rel="noopener">Amazon</a></div></div>`},

	{"hatena", "blogcard", `<iframe class="embed-card embed-blogcard" style="display: block; width: 100%; height: 190px; max-width: 500px; margin: 10px 0px;" title="{title}" src="https://hatenablog-parts.com/embed?url=https%3A%2F%2F{user}.hatenablog.com%2Fentry%2F20{num2}%2F0{num1}%2F1{num1b}%2F{num6}" frameborder="0" scrolling="no"></iframe>`},
	{"hatena", "blogcard-cite", `<iframe class="embed-card embed-blogcard" style="display: block; width: 100%; height: 190px; max-width: 500px; margin: 10px 0px;" title="{title}" src="https://hatenablog-parts.com/embed?url=https%3A%2F%2F{user}.hatenablog.com%2Fentry%2F{slug}" frameborder="0" scrolling="no"></iframe><cite class="hatena-citation"><a href="https://{user}.hatenablog.com/entry/{slug}">{user}.hatenablog.com</a></cite>`},

	{"iframely", "iframely-net", `<div class="iframely-embed"><div class="iframely-responsive" style="height: 140px; padding-bottom: 0;"><a href="https://example.com/{slug}" data-iframely-url="//iframely.net/{alnum7}"></a></div></div><script async src="//iframely.net/embed.js"></script>`},
	{"iframely", "cdn", `<div class="iframely-embed"><div class="iframely-responsive" style="padding-bottom: 52.5%; padding-top: 120px;"><a href="https://www.example.org/{slug}" data-iframely-url="//cdn.iframe.ly/{alnum7}?card=small"></a></div></div><script async src="//cdn.iframe.ly/embed.js" charset="utf-8"></script>`},

	{"note", "iframe", `<iframe class="note-embed" src="https://note.com/embed/notes/n{hex12}" style="border: 0; display: block; max-width: 99%; width: 494px; padding: 0px; margin: 10px 0px; position: static; visibility: visible;" height="400"></iframe><script async src="https://note.com/scripts/embed.js" charset="utf-8"></script>`},

	{"linkedin", "share", `<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:{num19}" height="593" width="504" frameborder="0" allowfullscreen="" title="Embedded post"></iframe>`},
	{"linkedin", "activity", `<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:activity:{num19}?collapsed=1" height="265" width="504" frameborder="0" allowfullscreen="" title="Embedded post"></iframe>`},
	{"linkedin", "ugcpost", `<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:ugcPost:{num19}" height="399" width="504" frameborder="0" allowfullscreen="" title="Embedded post"></iframe>`},

	{"flickr", "photo", `<a data-flickr-embed="true" href="https://www.flickr.com/photos/{user}/{num11}/in/dateposted-public/" title="{title}"><img src="https://live.staticflickr.com/65535/{num11}_{hex10}_c.jpg" width="800" height="533" alt="{title}"/></a><script async src="//embedr.flickr.com/assets/client-code.js" charset="utf-8"></script>`},

	{"bluesky", "post", `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:{lower24}/app.bsky.feed.post/{lower13}" data-bluesky-cid="bafyrei{lower52}" data-bluesky-embed-color-mode="system"><p lang="{lang}">{text}<br><br><a href="https://bsky.app/profile/did:plc:{lower24}/post/{lower13}?ref_src=embed">[image or embed]</a></p>&mdash; {name} (<a href="https://bsky.app/profile/did:plc:{lower24}?ref_src=embed">@{user}.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:{lower24}/post/{lower13}?ref_src=embed">{date}</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`},
	{"bluesky", "multiline", `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:{lower24}/app.bsky.feed.post/{lower13}" data-bluesky-cid="bafyrei{lower52}"><p lang="{lang}">{text}
{text}<br><br><a href="https://bsky.app/profile/did:plc:{lower24}/post/{lower13}?ref_src=embed">[image or embed]</a></p>&mdash; {name} (<a href="https://bsky.app/profile/did:plc:{lower24}?ref_src=embed">@{user}.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:{lower24}/post/{lower13}?ref_src=embed">{date}</a></blockquote>
<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`},

	{"jsbin", "embed", `<a class="jsbin-embed" href="https://jsbin.com/{lower6}/embed?html,output">JS Bin on jsbin.com</a><script src="https://static.jsbin.com/js/embed.min.js?4.1.8"></script>`},
	{"jsbin", "revision", `<a class="jsbin-embed" href="https://jsbin.com/{lower6}/{num1}/embed?js,console">{title}</a><script src="https://static.jsbin.com/js/embed.min.js?4.1.8"></script>`},

	{"canva", "wrapped", `<div style="position: relative; width: 100%; height: 0; padding-top: 56.2500%;
 padding-bottom: 0; box-shadow: 0 2px 8px 0 rgba(63,69,81,0.16); margin-top: 1.6em; margin-bottom: 0.9em; overflow: hidden;
 border-radius: 8px; will-change: transform;">
  <iframe loading="lazy" style="position: absolute; width: 100%; height: 100%; top: 0; left: 0; border: none; padding: 0;margin: 0;"
    src="https://www.canva.com/design/DA{url9}/{url22}/view?embed" allowfullscreen="allowfullscreen" allow="fullscreen">
  </iframe>
</div>
<a href="https:&#x2F;&#x2F;www.canva.com&#x2F;design&#x2F;DA{url9}&#x2F;{url22}&#x2F;view?utm_content=DA{url9}&amp;utm_campaign=designshare&amp;utm_medium=embeds&amp;utm_source=link" target="_blank" rel="noopener">{title}</a> by {name}`},
	{"canva", "iframe", `<iframe loading="lazy" style="width: 100%; height: 400px; border: none;" src="https://www.canva.com/design/DA{url9}/view?embed" allowfullscreen="allowfullscreen" allow="fullscreen"></iframe>`},

	// HTML that looks like an embed to a byte search but that no provider
	// should claim.
	{"", "unknown-iframe", `<iframe src="https://widgets.example.com/embed/{lower8}" width="100%" height="400" frameborder="0"></iframe>`},
	{"", "openstreetmap", `<iframe width="425" height="350" src="https://www.openstreetmap.org/export/embed.html?bbox=139.69%2C35.68%2C139.71%2C35.69&amp;layer=mapnik" style="border: 1px solid black"></iframe><br/><small><a href="https://www.openstreetmap.org/#map=17/35.68/139.70">View Larger Map</a></small>`},
	{"", "mathjax", `<script type="text/javascript" async src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.1/MathJax.js?config=TeX-AMS-MML_HTMLorMML"></script>`},
	{"", "inline-script", `<script>
  document.addEventListener("DOMContentLoaded", function () {
    console.log("{slug}");
  });
</script>`},
	{"", "html-blockquote", `<blockquote>
<p>{text}</p>
<footer>{name}</footer>
</blockquote>`},
	{"", "facebook", `<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2F{user}%2Fposts%2F{num16}&show_text=true&width=500" width="500" height="498" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share"></iframe>`},
}

// Forms returns every embed form the generator writes, as
// "provider/form": "youtube/nocookie", "x/multiline", and
// "/unknown-iframe" for HTML no provider should claim.
func Forms() []string {
	names := make([]string, len(forms))
	for i, f := range forms {
		names[i] = f.provider + "/" + f.name
	}
	return names
}
