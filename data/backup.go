package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"thidua/app"
)

// tmpSuffix ends the name of a copy being written; such a file is never a
// backup, and one left by a killed run is removed by RemoveLeftovers.
const tmpSuffix = ".dang-ghi.tmp"

// BackupTo writes a consistent copy of the database to file (which must not
// exist) with VACUUM INTO. The copy is written under a temporary name,
// synced and then renamed, so that a run killed half-way never leaves a
// partial file under a backup's name.
func (s *Store) BackupTo(file string) error {
	if _, err := os.Stat(file); err == nil {
		return fmt.Errorf("tệp %s đã có, hãy chọn tên khác", file)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	tmp := file + tmpSuffix
	os.Remove(tmp)
	if _, err := s.db.Exec("VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return friendly(fmt.Errorf("sao lưu vào %s thất bại: %w", file, err), file)
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sao lưu vào %s thất bại: %w", file, err)
	}
	if err := os.Rename(tmp, file); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sao lưu vào %s thất bại: %w", file, err)
	}
	return nil
}

// syncFile flushes a written file to the disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// RemoveLeftovers removes what a killed run can leave beside the
// database and in its backups folder: copies being written (names ending
// in tmpSuffix) and the temporary file of the restore older versions made.
// Files younger than an hour are left alone: another window may be
// writing them. It returns what it removed.
func RemoveLeftovers(dbPath, backupDir string) []string {
	var removed []string
	remove := func(dir string, match func(name string) bool) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			info, err := e.Info()
			if err != nil || e.IsDir() || !match(e.Name()) || time.Since(info.ModTime()) < time.Hour {
				continue
			}
			if os.Remove(p) == nil {
				removed = append(removed, p)
			}
		}
	}
	base := filepath.Base(dbPath)
	remove(filepath.Dir(dbPath), func(n string) bool {
		return n == base+".restore-tmp" || (strings.HasPrefix(n, base) && strings.HasSuffix(n, tmpSuffix))
	})
	remove(backupDir, func(n string) bool { return strings.HasSuffix(n, tmpSuffix) })
	return removed
}

// BackupInto writes a copy into dir named after the database, the time and
// why, and returns its path.
func (s *Store) BackupInto(dir, why string) (string, error) { return s.backupAt(dir, why, s.now()) }

func (s *Store) backupAt(dir, why string, t time.Time) (string, error) {
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	name := fmt.Sprintf("%s-%s-%s.db", base, t.Format("20060102-150405"), why)
	file := filepath.Join(dir, name)
	for i := 2; fileExists(file); i++ {
		file = filepath.Join(dir, fmt.Sprintf("%s-%d.db", strings.TrimSuffix(name, ".db"), i))
	}
	return file, s.BackupTo(file)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// CheckFile checks, without writing to it, that file is a sound database
// of this app of a schema version this binary can read (see InspectBackup).
// It returns that version.
func CheckFile(file string) (int, error) {
	sum, err := InspectBackup(file)
	return sum.SchemaVersion, err
}

// Restore replaces the content of the database at dbPath with that of the
// backup file, after InspectBackup passed it. The file is never replaced on
// disk and no -wal or -shm is removed: the content is copied in one
// transaction that holds the database's write lock, so a window or command
// that has the database open keeps a valid connection and sees the restored
// data, and nothing it committed is lost — what was there is first copied
// into backupDir under the same lock; the returned path is that copy (""
// when there was no database). The restore is written to the audit log,
// chained after the backup's own lines.
func Restore(dbPath, file, backupDir string) (string, error) {
	staged, cleanup, err := stageCopy(file)
	if err != nil {
		return "", err
	}
	defer cleanup()
	sum, err := inspectStaged(file, staged)
	if err != nil {
		return "", err
	}
	// Bring the copy to this binary's schema, so that its tables match.
	src, err := Open(staged, Options{BackupDir: filepath.Join(filepath.Dir(staged), "backups")})
	if err != nil {
		return "", err
	}
	if err := src.Close(); err != nil {
		return "", err
	}
	existed := fileExists(dbPath)
	s, err := Open(dbPath, Options{BackupDir: backupDir})
	if err != nil {
		return "", err
	}
	defer s.Close()
	line := &replaceLine{action: "restore", after: sum, reason: "khôi phục từ " + file}
	return s.replaceAll(backupDir, app.BackupRestore, existed, func(ctx context.Context, conn *sql.Conn) error {
		_, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS src", readOnlyDSN(staged))
		return err
	}, copyTables, line)
}

// replaceLine is the audit line that ends a replacement of the whole
// record. Its "before" holds the head of the replaced chain and the copy
// kept of it, so that the replaced log stays anchored.
type replaceLine struct {
	action, reason string
	after          any
}

// replaceAll replaces the whole record in one transaction on one connection
// that first takes the database's write lock (waiting out the busy
// timeout, then refusing with app.ErrInUse): while it is held no other
// window or command can commit, so the copy of the old content taken into
// backupDir (when keep is set) holds every committed change. prepare runs
// on the connection before the transaction (ATTACH cannot run inside one);
// fill writes the new content after the old is cleared; line, when
// set, is written last, chained after the new content's audit lines.
func (s *Store) replaceAll(backupDir, why string, keep bool, prepare func(context.Context, *sql.Conn) error, fill func(*sql.Tx) error, line *replaceLine) (string, error) {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if prepare != nil {
		if err := prepare(ctx, conn); err != nil {
			return "", err
		}
		defer conn.ExecContext(ctx, "DETACH DATABASE src")
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return "", friendly(err, s.path)
	}
	defer tx.Rollback()
	kept := ""
	if keep {
		// Another connection of the pool reads the last committed state,
		// which cannot change while tx holds the write lock.
		if kept, err = s.BackupInto(backupDir, why); err != nil {
			return "", fmt.Errorf("không sao lưu được dữ liệu đang dùng, chưa thay đổi gì: %w", err)
		}
	}
	if _, err := tx.Exec("PRAGMA defer_foreign_keys = ON"); err != nil {
		return kept, err
	}
	prev, err := auditHead(tx)
	if err != nil {
		return kept, err
	}
	if err := clearAll(tx); err != nil {
		return kept, err
	}
	if err := fill(tx); err != nil {
		return kept, friendly(err, s.path)
	}
	if line != nil {
		before := map[string]any{"audit_head": prev, "kept": kept}
		if err := s.audit(tx, line.action, "database", 0, before, line.after, line.reason); err != nil {
			return kept, err
		}
	}
	return kept, friendly(tx.Commit(), s.path)
}

// copyTables copies every table of the attached database "src" into the
// emptied main database, column by column by name.
func copyTables(tx *sql.Tx) error {
	var tables []string
	err := each(tx, `SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
		func(rows *sql.Rows) error {
			var n string
			tables = append(tables, n)
			return rows.Scan(&tables[len(tables)-1])
		})
	if err != nil {
		return err
	}
	for _, t := range tables {
		var cols []string
		err := each(tx, `SELECT name FROM pragma_table_info(?)`, func(rows *sql.Rows) error {
			var c string
			if err := rows.Scan(&c); err != nil {
				return err
			}
			cols = append(cols, `"`+c+`"`)
			return nil
		}, t)
		if err != nil {
			return err
		}
		list := strings.Join(cols, ", ")
		if _, err := tx.Exec(`DELETE FROM main."` + t + `"`); err != nil {
			return err
		}
		if _, err := tx.Exec(fmt.Sprintf(`INSERT INTO main."%s"(%s) SELECT %s FROM src."%s"`, t, list, list, t)); err != nil {
			return fmt.Errorf("chép bảng %s: %w", t, err)
		}
	}
	return nil
}

// nowText is the audit timestamp format.
func (s *Store) nowText() string { return s.now().UTC().Format(time.RFC3339) }
