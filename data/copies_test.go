package data

import (
	"errors"
	"strings"
	"testing"

	"thidua/app"
)

// A Word copy of an issued paper is written in the log of the register;
// the paper itself and its PDF stay as issued.
func TestRecordCopyLogsTheCopyAndKeepsThePaper(t *testing.T) {
	s, _ := openTemp(t)
	d := issue(t, s, "QĐ", "2024-12-20", app.IssueRequest{})
	if err := s.RecordCopy(d.ID, "docx"); err != nil {
		t.Fatal(err)
	}
	log, err := s.AuditLog(app.AuditFilter{Entity: "document"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range log {
		if e.Action == "copy" && e.EntityID == d.ID && strings.Contains(e.After, `"format":"docx"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no copy of document %d in the log: %+v", d.ID, log)
	}
	if again, _ := s.Document(d.ID); string(again.PDF) != string(d.PDF) || again.Status != app.DocIssued {
		t.Error("recording a copy changed the issued paper")
	}
	if err := s.RecordCopy(999, "docx"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("copy of a missing document: %v", err)
	}
}
