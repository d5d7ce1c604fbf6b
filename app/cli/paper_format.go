package cli

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"thidua/app/document"
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

// writePaper writes doc into out in the format out's extension chooses,
// with the page settings text page; what goes into the message.
func writePaper(env *Env, page string, doc *document.Document, out, what string) error {
	s, err := document.ParseSettings(page)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	verb := "Đã in ra"
	switch formatOf(out) {
	case asWord:
		err, verb = document.WriteDocx(&buf, doc, s), "Đã lưu bản Word ra"
	case asList:
		err, verb = workbook.WriteList(doc, &buf), "Đã lưu danh sách (Excel) ra"
		if errors.Is(err, workbook.ErrNoList) {
			return usagef("văn bản này không có danh sách kèm theo: lưu ra .pdf hoặc .docx")
		}
	default:
		var r *document.Renderer
		if r, err = document.NewRenderer(env.Fonts, s); err == nil {
			err = r.Render(&buf, doc)
		}
	}
	if err != nil {
		return err
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return err
	}
	if what != "" {
		fmt.Fprintf(env.Stdout, "%s %s (%s).\n", verb, out, what)
	} else {
		fmt.Fprintf(env.Stdout, "%s %s.\n", verb, out)
	}
	return nil
}
