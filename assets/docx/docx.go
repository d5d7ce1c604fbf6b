// Package docx holds the fixed parts of the Word (.docx) files the app
// writes: the package's content types and relationships, the settings, the
// page-number headers and the styles (a template filled with the page
// settings). The document's own text is written by app/document.
package docx

import "embed"

// Files are the templates, by their path inside the .docx package.
//
//go:embed content_types.xml rels.xml document.xml.rels settings.xml header-number.xml header-empty.xml styles.xml
var Files embed.FS
