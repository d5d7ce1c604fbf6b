package data

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"thidua/app"
)

// ListBackups returns the app's backups of the database file dbPath in
// dir, newest first; a missing folder has none. Copies of other databases
// kept in the same folder are left out.
func ListBackups(dir, dbPath string) ([]app.BackupFile, error) {
	base := strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []app.BackupFile
	for _, e := range entries {
		db, taken, kind, ok := app.ParseBackupName(e.Name())
		if !ok || e.IsDir() || db != base {
			continue
		}
		f := app.BackupFile{Path: filepath.Join(dir, e.Name()), Taken: taken, Kind: kind}
		if info, err := e.Info(); err == nil {
			f.Size = info.Size()
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Taken.After(out[j].Taken) })
	return out, nil
}

// AutoBackup takes into dir the automatic backups due at now — the first
// of the day, the first of the month — then removes the automatic backups
// beyond the last 10 daily and 12 monthly ones. It returns the copies made.
func (s *Store) AutoBackup(dir string, now time.Time) ([]string, error) {
	files, err := ListBackups(dir, s.path)
	if err != nil {
		return nil, err
	}
	var made []string
	for _, kind := range app.BackupsDue(files, now) {
		p, err := s.backupAt(dir, kind, now)
		if err != nil {
			return made, err
		}
		made = append(made, p)
	}
	if files, err = ListBackups(dir, s.path); err != nil {
		return made, err
	}
	for _, p := range app.BackupsToPrune(files) {
		if err := os.Remove(p); err != nil {
			return made, err
		}
	}
	return made, nil
}
