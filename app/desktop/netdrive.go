package desktop

import (
	"fmt"
	"path/filepath"
	"strings"
)

// NetworkWarning returns, in Vietnamese, why the database at path should
// not stay where it is — it is on a network drive, where SQLite's
// write-ahead log is not safe — or "" when the disk is local.
func NetworkWarning(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	where, remote := networkPlace(abs)
	if !remote {
		return ""
	}
	return fmt.Sprintf("Tệp dữ liệu %s nằm trên %s. Dữ liệu trên ổ mạng có thể hỏng khi mạng chập chờn "+
		"hoặc khi hai máy cùng mở: hãy chép tệp về ổ của máy này (ví dụ thư mục mặc định của ứng dụng) "+
		"rồi mở lại, và dùng “Sao lưu ra USB…” để mang dữ liệu đi.", abs, where)
}

// networkFS are the file systems of network shares on Linux.
var networkFS = map[string]bool{"nfs": true, "nfs4": true, "cifs": true, "smb3": true, "smbfs": true,
	"fuse.sshfs": true, "9p": true, "afs": true, "ceph": true, "glusterfs": true, "fuse.rclone": true}

// remoteMount reads /proc/mounts text and reports whether path lies on a
// network file system (the longest mount point that holds it decides).
func remoteMount(mounts, path string) (fs string, remote bool) {
	best := ""
	for _, line := range strings.Split(mounts, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		point := strings.ReplaceAll(f[1], `\040`, " ")
		if (path == point || strings.HasPrefix(path, strings.TrimSuffix(point, "/")+"/")) && len(point) >= len(best) {
			best, fs = point, f[2]
		}
	}
	return fs, networkFS[fs]
}
