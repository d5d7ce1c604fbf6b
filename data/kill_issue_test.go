package data

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"thidua/app"
)

// TestKilledIssuingKeepsTheRegisterWhole kills (SIGKILL) a process that
// issues documents one after another, at different moments: after each
// kill every number the child reported as issued is in the register, the
// numbers have no gap, each stored PDF is the one its issue line recorded
// and the audit chain and its anchors hold. make test runs the short form;
// THIDUA_KILL_LOOPS=100 (scripts/fault-loops.sh) the long one.
func TestKilledIssuingKeepsTheRegisterWhole(t *testing.T) {
	if os.Getenv("THIDUA_ISSUE_DB") != "" {
		return
	}
	path := filepath.Join(t.TempDir(), "thidua.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	loadSampleData(t, s)
	s.Close()
	loops := 4
	if n, err := strconv.Atoi(os.Getenv("THIDUA_KILL_LOOPS")); err == nil && n > 0 {
		loops = n
	}
	reported := 0
	for i := range loops {
		n := 0
		killChild(t, "TestIssuerChild", []string{"THIDUA_ISSUE_DB=" + path}, time.Duration(i*3%7)*time.Millisecond, func(l string) bool {
			if k, err := strconv.Atoi(l); err == nil {
				reported = max(reported, k)
			}
			n++
			return n < 1+i%5
		})
		st, err := Open(path, Options{BackupDir: t.TempDir()})
		if err != nil {
			t.Fatalf("kill %d: open after SIGKILL while issuing: %v", i, err)
		}
		docs, err := st.Documents(app.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) < reported {
			t.Fatalf("kill %d: %d documents in the register, the child had issued %d", i, len(docs), reported)
		}
		broken, _, _ := st.VerifyAudit()
		findings, err := st.VerifyAnchors(filepath.Join(t.TempDir(), "none"))
		st.Close()
		if broken != 0 || err != nil || len(findings) != 0 {
			t.Fatalf("kill %d: chain broken at %d; anchors: %v %v", i, broken, findings, err)
		}
		if _, err := CheckFile(path); err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
	}
	if reported == 0 {
		t.Fatal("the child issued nothing before it was killed")
	}
}

// TestIssuerChild is the child of TestKilledIssuingKeepsTheRegisterWhole:
// it issues documents and prints each number once committed.
func TestIssuerChild(t *testing.T) {
	path := os.Getenv("THIDUA_ISSUE_DB")
	if path == "" {
		t.Skip("only runs as a child process")
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for {
		d := issuePlainDoc(t, s, "Thông báo kết quả")
		fmt.Println(d.Number)
	}
}
