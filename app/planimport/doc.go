// Package planimport reads a Kế hoạch (plan of an emulation movement) that
// exists as a Word document (.docx) or a text file (.txt) and recognises its
// structure as an app.Plan: the issuer, number and date, the title and the
// movement's name, the legal basis and opening, sections I to VI (purposes
// and requirements, contents, participants and period, criteria with their
// points, award forms with their quotas per round, implementation), the
// recipients and the signature block.
//
// Real files are typed in many ways, so recognition is tolerant: manual
// numbering or Word's automatic numbering (resolved through numbering.xml to
// the numbers the reader sees), headings in capitals or bold, tabs, soft
// line breaks, text pasted from a PDF with hard breaks in mid-sentence,
// decomposed (NFD) letters, either tone placement, and runs typed in the
// legacy TCVN3 or VNI fonts. Word tables are read row by row (criteria with
// their points often come as a table).
//
// Nothing is dropped: a paragraph that fits no part of the plan is kept as
// free text in the nearest section that holds free text and listed in
// Result.Unplaced, so the clerk sees it before saving. The package is pure:
// it reads bytes and returns a plan; storing it is the caller's business.
package planimport

import (
	"errors"
	"path/filepath"
	"strings"

	"thidua/app"
)

// Reasons a file is refused. Each wraps into an error that names the file;
// the texts are for the clerk.
var (
	// ErrEmpty is a file without any text.
	ErrEmpty = errors.New("tệp trống, không có nội dung")
	// ErrImageOnly is a Word document whose pages are pictures (a scan):
	// there is no text to read.
	ErrImageOnly = errors.New("tài liệu chỉ có hình ảnh (bản quét), không có chữ để đọc: hãy dùng bản Word gốc hoặc gõ lại")
	// ErrDamaged is a file that is not what its name says or is cut short.
	ErrDamaged = errors.New("tệp bị hỏng hoặc không phải tài liệu Word (.docx) hợp lệ")
	// ErrFormat is a file of a kind the import does not read.
	ErrFormat = errors.New("chỉ nhận tài liệu Word (.docx) hoặc văn bản (.txt)")
	// ErrNotPlan is a readable document in which no plan was recognised.
	ErrNotPlan = errors.New("không nhận ra đây là một kế hoạch thi đua: không thấy các mục của kế hoạch (mục đích, nội dung, tiêu chí, khen thưởng, tổ chức thực hiện)")
)

// Source is what the document says about itself: its issuer (and the
// issuer's parent authority), number, symbol and date. The imported plan is
// a draft of the office that imports it, so these are shown, not copied
// into the plan.
type Source struct {
	Parent  string `json:"parent,omitempty"`  // ỦY BAN NHÂN DÂN THỊ XÃ MỸ HÀO
	Issuer  string `json:"issuer,omitempty"`  // ỦY BAN NHÂN DÂN XÃ HÒA PHONG
	Number  string `json:"number,omitempty"`  // 45
	Symbol  string `json:"symbol,omitempty"`  // KH-UBND
	Date    string `json:"date,omitempty"`    // ISO date
	Place   string `json:"place,omitempty"`   // Hòa Phong
	Signer  string `json:"signer,omitempty"`  // the signer's name, when printed
	Tables  int    `json:"tables,omitempty"`  // tables read
	Encoded string `json:"encoded,omitempty"` // legacy font converted, if any
}

// Part is one part of the plan as recognised, for the review before
// saving: its name, the source paragraphs it was read from, and how the
// plan holds it now.
type Part struct {
	Name   string   `json:"name"`
	Source []string `json:"source"`
	Plan   []string `json:"plan"`
}

// Unplaced is a source paragraph that fits no part of the plan, and where
// it was kept.
type Unplaced struct {
	Text    string `json:"text"`
	KeptIn  string `json:"kept_in"`
	Section string `json:"section"`
}

// Result is a recognised plan with what the review shows.
type Result struct {
	Plan     *app.Plan  `json:"plan"`
	Source   Source     `json:"source"`
	Parts    []Part     `json:"parts"`
	Unplaced []Unplaced `json:"unplaced"`
	// Notes are things recognised with a default the clerk should look at
	// (points divided equally, a quota without its round).
	Notes []string `json:"notes"`
}

// Import reads the file's bytes (name gives the kind: .docx or .txt) and
// recognises the plan in them. The plan is normalised and ready to be
// stored as a new, unnumbered plan.
func Import(name string, data []byte) (*Result, error) {
	lines, src, err := read(name, data)
	if err != nil {
		return nil, err
	}
	r, err := recognise(lines)
	if err != nil {
		return nil, err
	}
	r.Source.Tables, r.Source.Encoded = src.Tables, src.Encoded
	if src.Encoded != "" {
		r.Notes = append(r.Notes, "Tệp có chữ gõ bằng phông "+src.Encoded+": đã chuyển sang Unicode — hãy soát lại chính tả.")
	}
	return r, nil
}

func read(name string, data []byte) ([]line, Source, error) {
	if len(strings.TrimSpace(string(data))) == 0 {
		return nil, Source{}, ErrEmpty
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".docm", ".dotx":
		return readDocx(data)
	case ".txt", ".text", "":
		return readText(data)
	case ".doc":
		return nil, Source{}, errors.New("tệp Word 97-2003 (.doc): hãy mở trong Word và lưu lại thành .docx")
	case ".pdf":
		return nil, Source{}, errors.New("tệp PDF: hãy mở bản Word gốc, hoặc chép chữ từ PDF vào một tệp .txt")
	}
	return nil, Source{}, ErrFormat
}
