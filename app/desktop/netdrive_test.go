package desktop

import "testing"

func TestRemoteMount(t *testing.T) {
	mounts := `/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/chung /mnt/chung cifs rw 0 0
nas:/srv/xa /home/vp/Tai\040lieu nfs4 rw 0 0
/dev/sdb1 /mnt/chung/usb vfat rw 0 0
`
	tests := []struct {
		path   string
		remote bool
	}{
		{"/home/vp/thidua.db", false},
		{"/mnt/chung/thidua.db", true},
		{"/mnt/chung/usb/thidua.db", false}, // a USB stick mounted inside the share
		{"/home/vp/Tai lieu/thidua.db", true},
		{"/mnt/chungcu/thidua.db", false}, // not under /mnt/chung
	}
	for _, tt := range tests {
		if _, remote := remoteMount(mounts, tt.path); remote != tt.remote {
			t.Errorf("%s: remote %v, want %v", tt.path, remote, tt.remote)
		}
	}
	if w := NetworkWarning(t.TempDir() + "/thidua.db"); w != "" {
		t.Errorf("a temporary folder is taken for a network drive: %s", w)
	}
}

func TestPendingRestore(t *testing.T) {
	db := t.TempDir() + "/thidua.db"
	if got := TakePendingRestore(db); got != "" {
		t.Fatalf("pending restore %q before any request", got)
	}
	if err := RequestRestore(db, "/sao-luu/thidua-20261127-090000-hang-ngay.db"); err != nil {
		t.Fatal(err)
	}
	if got := TakePendingRestore(db); got != "/sao-luu/thidua-20261127-090000-hang-ngay.db" {
		t.Errorf("pending restore %q", got)
	}
	if got := TakePendingRestore(db); got != "" {
		t.Errorf("the request was not forgotten: %q", got)
	}
}
