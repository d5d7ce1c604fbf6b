package dossier

import (
	"bytes"
	"fmt"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/workbook"
)

// The formats a paper is given out in besides its PDF.
const (
	FormatWord = "docx" // the paper as an editable Word file
	FormatList = "xlsx" // its Danh sách as Excel, in the provinces' layout
)

// PaperFile writes a paper in format (FormatWord or FormatList) with the
// page settings text page. A paper without a Danh sách has no FormatList
// file (workbook.ErrNoList).
func PaperFile(doc *document.Document, page, format string) ([]byte, error) {
	var buf bytes.Buffer
	switch format {
	case FormatWord:
		s, err := document.ParseSettings(page)
		if err != nil {
			return nil, err
		}
		if err := document.WriteDocx(&buf, doc, s); err != nil {
			return nil, err
		}
	case FormatList:
		if err := workbook.WriteList(doc, &buf); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("không có loại tệp %q", format)
	}
	return buf.Bytes(), nil
}

// Copy writes issued paper id as it was issued — from the snapshot kept at
// issue, so with its number and date — in format. Once the file is given
// out, the caller notes it in the register (Store.RecordCopy); the PDF
// kept at issue stays the paper of record.
func (d *Desk) Copy(id int64, format string) ([]byte, app.Document, error) {
	doc, err := d.St.Document(id)
	if err != nil {
		return nil, doc, err
	}
	snap, err := document.ParseSnapshot(doc.Snapshot)
	if err != nil {
		return nil, doc, err
	}
	paper, err := snap.Document()
	if err != nil {
		return nil, doc, err
	}
	b, err := PaperFile(paper, snap.Page, format)
	return b, doc, err
}
