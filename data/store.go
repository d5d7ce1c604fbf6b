// Package data stores the commendation desk's record in SQLite: connection
// settings, embedded numbered migrations, backups, the audit log and the
// queries behind the app's store interfaces. All SQL of the app lives here.
package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"thidua/app"
)

// Store is an open database.
type Store struct {
	db   *sql.DB
	path string
	user string
	now  func() time.Time
	// unclean is set when a -wal was left beside the file at open.
	unclean bool
	// readOnly is set when the file could only be opened for reading.
	readOnly bool
}

// dsn returns the connection string for path with the pragmas every
// connection of the pool needs: foreign keys, WAL, a busy timeout, and
// synchronous=FULL so that a committed transaction survives a power loss.
func dsn(path string) string {
	v := url.Values{}
	v.Set("_foreign_keys", "on")
	v.Set("_journal_mode", "WAL")
	v.Set("_busy_timeout", "5000")
	v.Set("_synchronous", "FULL")
	v.Set("_txlock", "immediate")
	return fileURI(path, v)
}

// fileURI is the SQLite URI of the file at path with the query v. Every
// byte of the path that could end the path or mean something in a URI is
// percent-escaped, so that "#", "?", "%", spaces and Vietnamese letters in a
// folder name reach the file system as written: "file:"+path would cut
// "D:\Thi đua #2\thidua.db" at the "#" and open another, empty file. A
// path that starts with two slashes (a Windows network share,
// \\server\share\…) gets an empty authority in front so that SQLite does
// not read the server's name as the URI's host.
func fileURI(path string, v url.Values) string {
	p := filepath.ToSlash(path)
	var b strings.Builder
	b.WriteString("file:")
	if strings.HasPrefix(p, "//") {
		b.WriteString("//")
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if uriPlain(c) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	if len(v) > 0 {
		b.WriteString("?")
		b.WriteString(v.Encode())
	}
	return b.String()
}

// uriPlain reports whether c may stand unescaped in the path of a SQLite
// URI: letters, digits, the unreserved marks, the separator and the colon
// of a drive letter.
func uriPlain(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~/:", c) >= 0
}

// readOnlyDSN opens path read-only, for checks that must change nothing.
func readOnlyDSN(path string) string {
	return fileURI(path, url.Values{"mode": {"ro"}})
}

// Options change how Open behaves.
type Options struct {
	// BackupDir is where a copy is written before a migration; default
	// "backups" beside the database.
	BackupDir string
}

// Open opens (creating if needed) the database at path and migrates it to the
// schema this binary knows, backing it up first when it holds data. A
// database with a newer schema is refused and left untouched.
func Open(path string, opts Options) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("không tạo được thư mục dữ liệu %s: %w", dir, err)
		}
	}
	// The last connection to close removes the -wal; one left behind means
	// a run was killed (or another window has the database open), and
	// calls for the full integrity check rather than the quick one.
	unclean := false
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() > 0 {
		unclean = true
	}
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, user: currentUser(), now: time.Now, unclean: unclean}
	if opts.BackupDir == "" {
		opts.BackupDir = filepath.Join(filepath.Dir(path), "backups")
	}
	if err := s.openChecked(opts.BackupDir); err != nil {
		db.Close()
		if errors.Is(err, app.ErrReadOnly) {
			ro, rerr := openReadOnly(path, opts.BackupDir, unclean)
			if rerr == nil {
				return ro, nil
			}
			if errors.Is(rerr, errOldReadOnly) {
				return nil, rerr
			}
		}
		return nil, err
	}
	RemoveLeftovers(path, opts.BackupDir)
	return s, nil
}

// openReadOnly opens an existing database that cannot be written (a
// write-protected USB stick, a read-only file or folder) so that it can
// still be read, listed and printed; every write is then refused with
// app.ErrReadOnly. A WAL database needs its -shm beside it even to be
// read; where none can be created, the file is opened as immutable, which
// is right only when no -wal holds committed changes and nobody else can
// write the file, as on read-only media. The schema must already be this
// binary's: a read-only file cannot be migrated.
func openReadOnly(path, backupDir string, unclean bool) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	v := url.Values{"mode": {"ro"}, "_foreign_keys": {"on"}, "_busy_timeout": {"5000"}}
	modes := []url.Values{v}
	if !unclean {
		imm := maps.Clone(v)
		imm.Set("immutable", "1")
		modes = append(modes, imm)
	}
	var last error
	for _, m := range modes {
		db, err := sql.Open("sqlite3", fileURI(path, m))
		if err != nil {
			return nil, err
		}
		s := &Store{db: db, path: path, user: currentUser(), now: time.Now, readOnly: true}
		if last = s.checkReadOnly(backupDir); last == nil {
			return s, nil
		}
		db.Close()
	}
	return nil, last
}

// checkReadOnly is openChecked for a file that cannot be written: the
// app's, of this version (it cannot be migrated), and sound (quickCheck).
func (s *Store) checkReadOnly(backupDir string) error {
	var id int64
	if err := s.db.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		return friendly(err, s.path)
	}
	version, err := userVersion(context.Background(), s.db)
	if err != nil {
		return friendly(err, s.path)
	}
	if id != AppID || version != SchemaVersion() {
		return &storeError{kind: app.ErrReadOnly, cause: errOldReadOnly, msg: fmt.Sprintf("%s chỉ cho đọc (USB khóa ghi, thư mục hoặc tệp chỉ đọc) "+
			"và là dữ liệu của phiên bản trước, cần nâng cấp mà không ghi được; hãy chép thư mục dữ liệu sang ổ có quyền ghi rồi mở lại", s.path)}
	}
	return s.quickCheck(backupDir)
}

// errOldReadOnly marks a read-only file of an earlier schema version.
var errOldReadOnly = errors.New("chưa nâng cấp")

// ReadOnly reports whether the database was opened only for reading.
func (s *Store) ReadOnly() bool { return s.readOnly }

// openChecked refuses another program's database before anything is
// written to it, migrates, and marks the file as the app's.
func (s *Store) openChecked(backupDir string) error {
	var id int64
	if err := s.db.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		if f := friendly(err, s.path); f != err {
			return f
		}
		return fmt.Errorf("không đọc được cơ sở dữ liệu %s (tệp hỏng hoặc không phải dữ liệu của ứng dụng): %w", s.path, err)
	}
	if id != 0 && id != AppID {
		return fmt.Errorf("%w: %s là cơ sở dữ liệu của chương trình khác; tệp được giữ nguyên", app.ErrNotAppData, s.path)
	}
	if err := s.quickCheck(backupDir); err != nil {
		return err
	}
	if err := s.migrate(context.Background(), backupDir); err != nil {
		return friendly(err, s.path)
	}
	if id == 0 {
		if _, err := s.db.Exec(fmt.Sprintf("PRAGMA application_id = %d", AppID)); err != nil {
			return friendly(err, s.path)
		}
	}
	return nil
}

// quickCheck runs SQLite's quick check of the whole file (the full
// integrity check, indexes included, when the last run did not close
// cleanly), so that no write goes into a damaged database: it is refused,
// naming the newest sound backup to restore.
func (s *Store) quickCheck(backupDir string) error {
	check := "PRAGMA quick_check(1)"
	if s.unclean {
		check = "PRAGMA integrity_check(1)"
	}
	var res string
	if err := s.db.QueryRow(check).Scan(&res); err != nil {
		return friendly(err, s.path)
	}
	if res == "ok" {
		return nil
	}
	msg := fmt.Sprintf("%s không qua kiểm tra khi mở (%s); chưa ghi gì vào tệp", s.path, res)
	if good := latestGoodBackup(backupDir, s.path); good != "" {
		msg += ". Hãy khôi phục bản sao lưu gần nhất còn tốt: " + good
	} else {
		msg += ". Không tìm thấy bản sao lưu còn tốt trong " + backupDir
	}
	return fmt.Errorf("%w: %s", app.ErrDamaged, msg)
}

// latestGoodBackup is the newest of the app's backups of dbPath in dir
// that passes InspectBackup ("" for none).
func latestGoodBackup(dir, dbPath string) string {
	files, _ := ListBackups(dir, dbPath)
	for _, f := range files {
		if _, err := InspectBackup(f.Path); err == nil {
			return f.Path
		}
	}
	return ""
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the database file.
func (s *Store) Path() string { return s.path }

// SetUser sets the name written to the audit log (default: the OS user).
func (s *Store) SetUser(name string) { s.user = name }

func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USERNAME", "USER"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "?"
}

// tx runs fn in one transaction: committed if fn returns nil, rolled back
// otherwise.
func (s *Store) tx(fn func(*sql.Tx) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return friendly(err, s.path)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return friendly(err, s.path)
	}
	return friendly(tx.Commit(), s.path)
}

// nullID maps 0 to NULL for optional references and generated keys.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
