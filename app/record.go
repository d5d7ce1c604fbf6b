package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// RecordFormat names the JSON form of the whole record; RecordVersion is its
// version. docs/data-format.md describes it. Version 2 added decisions,
// the proposal of a nomination and the council's size at a meeting; a
// version 1 file reads as version 2 without them. Version 3 added the
// seal and the register's audit heads; a version 2 file has no seal.
const (
	RecordFormat  = "thidua-record"
	RecordVersion = 3
)

// Record is everything the database holds, in the order it is exported.
// Settings of one computer (window size, printer calibration) are not part
// of it.
type Record struct {
	Format         string          `json:"format"`
	Version        int             `json:"version"`
	Organisation   Organisation    `json:"organisation"`
	Signers        []Signer        `json:"signers"`
	Plans          []Plan          `json:"plans"`
	Participants   []Participant   `json:"participants"`
	CouncilMembers []CouncilMember `json:"council_members"`
	Scores         []Score         `json:"scores"`
	Attachments    []Attachment    `json:"attachments"`
	Meetings       []Meeting       `json:"meetings"`
	Documents      []Document      `json:"documents"`
	Nominations    []Nomination    `json:"nominations"`
	Votes          []Vote          `json:"votes"`
	Decisions      []Decision      `json:"decisions"`
	AwardHistory   []AwardRecord   `json:"award_history"`
	AuditLog       []AuditEntry    `json:"audit_log"`
	// Seal is what the export vouched for; nil in a file made by hand or
	// by a version before 3.
	Seal *RecordSeal `json:"seal,omitempty"`
}

// RecordSeal ties an exported file to the database it came from: the head
// of the audit chain the file holds (its length and last hash) and the
// SHA-256 of its data. The exporting database logs the same seal, so a
// file edited after export and imported back (even with the digest
// recomputed) is refused there; anywhere else the seal only shows edits
// that did not recompute it.
type RecordSeal struct {
	AuditLines int    `json:"audit_lines"`
	AuditHead  string `json:"audit_head"`
	DataSHA256 string `json:"data_sha256"`
}

// DataDigest is the hex SHA-256 of everything r holds but its audit log
// and seal, in the file's own JSON form.
func (r *Record) DataDigest() string {
	c := *r
	c.AuditLog, c.Seal = nil, nil
	h := sha256.New()
	if err := WriteRecord(h, &c); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// WriteRecord writes r as indented JSON.
func WriteRecord(w io.Writer, r *Record) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// ReadRecord decodes a record strictly (unknown fields are errors) and
// reports JSON errors with their line and column.
func ReadRecord(b []byte) (*Record, error) {
	if !utf8.Valid(b) {
		line := bytes.Count(b[:invalidUTF8At(b)], []byte("\n")) + 1
		return nil, &InvalidError{Problems: []Problem{{Where: fmt.Sprintf("dòng %d", line),
			Message: "tệp có byte không phải chữ UTF-8 (tệp bị hỏng hoặc đã bị sửa bằng bảng mã khác)"}}}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Record
	if err := dec.Decode(&r); err != nil {
		return nil, &InvalidError{Problems: []Problem{jsonProblem(b, err)}}
	}
	if dec.More() {
		return nil, &InvalidError{Problems: []Problem{{Where: "cuối tệp", Message: "có dữ liệu thừa sau bản ghi"}}}
	}
	var ps Problems
	if r.Format != RecordFormat {
		ps.Add("format", "tệp không phải dữ liệu xuất từ ứng dụng (cần \"format\": %q)", RecordFormat)
	} else if r.Version < 1 || r.Version > RecordVersion {
		ps.Add("version", "phiên bản định dạng %d không đọc được, phiên bản này đọc đến %d", r.Version, RecordVersion)
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return &r, nil
}

func jsonProblem(b []byte, err error) Problem {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return Problem{Where: lineCol(b, se.Offset), Message: "lỗi cú pháp JSON: " + se.Error()}
	case errors.As(err, &te):
		return Problem{Where: lineCol(b, te.Offset) + " (" + te.Field + ")",
			Message: fmt.Sprintf("giá trị kiểu %s không đúng, cần kiểu %s", te.Value, te.Type)}
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return Problem{Where: "tệp", Message: "trường không có trong định dạng: " + strings.TrimPrefix(err.Error(), "json: unknown field ")}
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return Problem{Where: "tệp", Message: "tệp trống hoặc bị cắt cụt"}
	}
	return Problem{Where: "tệp", Message: err.Error()}
}

func lineCol(b []byte, off int64) string {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	line := bytes.Count(b[:off], []byte("\n")) + 1
	col := off - int64(bytes.LastIndexByte(b[:off], '\n'))
	return fmt.Sprintf("dòng %d, cột %d", line, col)
}

// invalidUTF8At is the offset of the first byte of b that is not UTF-8.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
