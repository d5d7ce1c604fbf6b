package cli

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/workbook"
)

// paperFormat is the kind of file a paper is written as. One rule for
// every command that writes a paper: the extension of -o chooses it —
// .docx an editable Word copy, .xlsx the Danh sách of a Tờ trình or a
// Quyết định, anything else the PDF.
type paperFormat int

const (
	asPDF paperFormat = iota
	asWord
	asList
)

func formatOf(out string) paperFormat {
	switch strings.ToLower(filepath.Ext(out)) {
	case ".docx":
		return asWord
	case ".xlsx":
		return asList
	}
	return asPDF
}

// name is the format as the register's log records a copy.
func (f paperFormat) name() string {
	switch f {
	case asWord:
		return "docx"
	case asList:
		return "xlsx"
	}
	return "pdf"
}

// onlyPDF refuses a Word or Excel file for a paper printed only as PDF.
func onlyPDF(out, what string) error {
	if formatOf(out) != asPDF {
		return usagef("%s chỉ in ra tệp PDF", what)
	}
	return nil
}

// errNoList refuses an Excel list of a paper that has none.
var errNoList = usageError{"văn bản này không có danh sách kèm theo: lưu ra .pdf hoặc .docx"}

// listError says in the command line's words that a paper has no list.
func listError(err error) error {
	if errors.Is(err, workbook.ErrNoList) {
		return errNoList
	}
	return err
}

// writePaper writes doc into out in the format out's extension chooses,
// with the page settings text page; what goes into the message.
func writePaper(env *Env, page string, doc *document.Document, out, what string) error {
	f := formatOf(out)
	var b []byte
	var err error
	if f == asPDF {
		var s document.Settings
		if s, err = document.ParseSettings(page); err != nil {
			return err
		}
		r, err := document.NewRenderer(env.Fonts, s)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := r.Render(&buf, doc); err != nil {
			return err
		}
		b = buf.Bytes()
	} else if b, err = dossier.PaperFile(doc, page, f.name()); err != nil {
		return listError(err)
	}
	return writeFile(env, out, b, f, what)
}

// writeFile writes b into out and says so.
func writeFile(env *Env, out string, b []byte, f paperFormat, what string) error {
	if err := writeFileAtomic(out, b); err != nil {
		return err
	}
	verb := map[paperFormat]string{asPDF: "Đã in ra", asWord: "Đã lưu bản Word ra", asList: "Đã lưu danh sách (Excel) ra"}[f]
	if what != "" {
		fmt.Fprintf(env.Stdout, "%s %s (%s).\n", verb, out, what)
	} else {
		fmt.Fprintf(env.Stdout, "%s %s.\n", verb, out)
	}
	return nil
}
