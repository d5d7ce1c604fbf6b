package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"thidua/app"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. Files are named
// NNNN_name.sql and numbered from 1 without gaps.
func migrations() []migration {
	entries, err := migrationFS.ReadDir("migrations")
	if err != nil {
		panic(err)
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("migration file without a number: " + e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("migration %s out of sequence", m.name))
		}
	}
	return ms
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int { return len(migrations()) }

func userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate brings the schema up to date, one transaction per migration, after
// a backup of a database that holds data.
func (s *Store) migrate(ctx context.Context, backupDir string) error {
	return s.migrateTo(ctx, backupDir, SchemaVersion())
}

func (s *Store) migrateTo(ctx context.Context, backupDir string, target int) error {
	v, err := userVersion(ctx, s.db)
	if err != nil {
		return fmt.Errorf("không đọc được cơ sở dữ liệu %s (tệp hỏng hoặc không phải dữ liệu của ứng dụng): %w", s.path, err)
	}
	if v > SchemaVersion() {
		return fmt.Errorf("%w: tệp %s có phiên bản dữ liệu %d, phiên bản này chỉ đọc được đến %d — hãy cài phiên bản mới của ứng dụng; tệp được giữ nguyên", app.ErrNewerSchema, s.path, v, SchemaVersion())
	}
	if v >= target {
		return nil
	}
	if v > 0 || s.hasTables(ctx) {
		if _, err := s.BackupInto(backupDir, fmt.Sprintf("truoc-nang-cap-v%d", v)); err != nil {
			return fmt.Errorf("không sao lưu được trước khi nâng cấp dữ liệu, chưa thay đổi gì: %w", err)
		}
	}
	for _, m := range migrations()[v:target] {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) hasTables(ctx context.Context) bool {
	var n int
	s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type='table'").Scan(&n)
	return n > 0
}

func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("nâng cấp dữ liệu %s thất bại, chưa thay đổi gì: %w", m.name, err)
	}
	if hook := migrationHooks[m.version]; hook != nil {
		if err := hook(tx); err != nil {
			return fmt.Errorf("nâng cấp dữ liệu %s thất bại, chưa thay đổi gì: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// Version returns the schema version of the open database.
func (s *Store) Version() (int, error) { return userVersion(context.Background(), s.db) }
