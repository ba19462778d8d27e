// Package testdata is the bundled sample corpus, embedded so that `clsx demo`
// runs from any directory: the five seed texts with their gold annotations
// (seeds/), the same contracts as their sites publish them — pages with
// menus, banners and sidebars, a Windows-1252 page, PDFs — (site/, described
// by site/site.json), and the gold of the site's PDFs (site-gold/).
package testdata

import "embed"

// Sample holds seeds/, site/ and site-gold/.
//
//go:embed seeds site site-gold
var Sample embed.FS
