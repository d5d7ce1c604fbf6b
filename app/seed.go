package app

// The seed plan and the plain-text form of a plan.
//
// assets/seed/plan.json holds the plan the app was created from (Kế hoạch
// phát động phong trào thi đua "Đẩy mạnh công tác dân vận chính quyền, chính
// quyền phục vụ người dân và doanh nghiệp" of xã Hòa Phong, 2024-2026) as a
// Plan, paragraph by paragraph, verbatim, defects included. Paragraphs
// prints a plan back in document order; for the seed plan its output equals
// the source text once whitespace is collapsed.
//
// Conventions of the JSON form of a plan:
//
//   - SigningAuthority holds the signature block's lines top to bottom; its
//     last line is the signer's title (PHÓ CHỦ TỊCH, CHỦ TỊCH), the lines
//     before it the capacity in which the signer signs (TM. ỦY BAN NHÂN DÂN,
//     KT. CHỦ TỊCH). SignerName, when set, is printed under them.
//   - Items keep their marker apart from their text: "-" and "+" bullets,
//     "#" for a numbered sub-heading (numbered when printed), "" for a plain
//     paragraph. Sub-heading numbers, section numerals and the letters of the
//     award forms are never stored.
//   - The labels the printer adds ("Tập thể: ", "Thời gian thi đua: ",
//     "Đối với tập thể:", "Nơi nhận:") are not stored either.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ParsePlanJSON reads a plan from its JSON form. It is strict: unknown
// fields, trailing data and malformed JSON are errors, worded in Vietnamese
// for the clerk.
func ParsePlanJSON(b []byte) (*Plan, error) {
	var p Plan
	if err := seedDecodeStrict(b, &p); err != nil {
		return nil, fmt.Errorf("tệp kế hoạch không hợp lệ: %w", err)
	}
	return &p, nil
}

// seedDecodeStrict decodes one JSON value into v, refusing unknown fields and
// anything after the value, and translates the decoder's errors.
func seedDecodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return seedJSONError(b, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("có dữ liệu thừa sau nội dung JSON")
	}
	return nil
}

// seedJSONError words a JSON decoding error in Vietnamese, keeping the
// original error wrapped for the log.
func seedJSONError(b []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return fmt.Errorf("tệp trống (%w)", err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("tệp bị cắt cụt, thiếu phần cuối (%w)", err)
	case errors.As(err, &syn):
		line, col := seedLineCol(b, syn.Offset)
		return fmt.Errorf("lỗi cú pháp JSON ở dòng %d, cột %d (%w)", line, col, err)
	case errors.As(err, &typ):
		line, col := seedLineCol(b, typ.Offset)
		field := typ.Field
		if field == "" {
			field = "(gốc)"
		}
		return fmt.Errorf("trường %q có kiểu sai ở dòng %d, cột %d: cần %s, gặp %s (%w)",
			field, line, col, typ.Type, typ.Value, err)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return fmt.Errorf("trường không được hỗ trợ: %s (%w)", name, err)
	}
	return fmt.Errorf("không đọc được JSON (%w)", err)
}

// seedLineCol turns a byte offset into a 1-based line and column (in runes).
func seedLineCol(b []byte, off int64) (line, col int) {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	if off < 0 {
		off = 0
	}
	before := b[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	last := bytes.LastIndexByte(before, '\n')
	col = len([]rune(string(before[last+1:])))
	if col == 0 {
		col = 1
	}
	return line, col
}

// Paragraphs returns every printable paragraph of the plan in document order,
// as it is printed: the title, the subtitle, the legal basis and the opening,
// sections I to VI with their numerals, sub-numbers, letters and bullets, the
// recipients ("Nơi nhận:") and the signature block. Empty sections are left
// out and the following sections numbered on. The organisation header and
// the number and date line are not part of it (they come from the
// organisation and the register, not from the plan). It is Blocks flattened,
// one Block.String per paragraph, so the printed document and this text
// cannot drift apart.
func (p *Plan) Paragraphs() []string {
	return planFlatten(p.Blocks())
}

// PrintHeadings returns the plan's headings with empty ones replaced by the
// defaults, as they are printed.
func (p *Plan) PrintHeadings() Headings {
	h := p.Headings
	d := DefaultHeadings
	for _, f := range []struct {
		v   *string
		def string
	}{
		{&h.Purposes, d.Purposes}, {&h.Purpose, d.Purpose}, {&h.Requirement, d.Requirement},
		{&h.Contents, d.Contents}, {&h.Participants, d.Participants}, {&h.Criteria, d.Criteria},
		{&h.Awards, d.Awards}, {&h.AwardSubjects, d.AwardSubjects},
		{&h.AwardStandards, d.AwardStandards}, {&h.AwardForms, d.AwardForms},
		{&h.Implementation, d.Implementation},
	} {
		if strings.TrimSpace(*f.v) == "" {
			*f.v = f.def
		}
	}
	return h
}

// planHasItems reports whether items holds a paragraph with text.
func planHasItems(items []Item) bool {
	for _, it := range items {
		if strings.TrimSpace(it.Text) != "" {
			return true
		}
	}
	return false
}
