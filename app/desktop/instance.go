package desktop

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"net"
	"path/filepath"
	"strings"
	"time"
)

// ErrAlreadyRunning is returned by Claim when another window has the
// database open; that window has been asked to come forward.
var ErrAlreadyRunning = errors.New("ứng dụng đang mở với cơ sở dữ liệu này")

// Instance is the claim of one running window on one database, held as a
// listening socket on the loopback interface. The operating system releases
// it when the process ends, even after a crash, so no stale lock remains.
type Instance struct {
	ln net.Listener
}

// port derives a port in 20000–39999 from the database path, so two
// databases can be open at once but not one database twice.
func port(dbPath string) int {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		abs = dbPath
	}
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(abs)))
	return 20000 + int(h.Sum32()%20000)
}

const greeting = "thidua-show"

// Claim claims dbPath for this process. When another instance holds it,
// Claim asks that one to show its window and returns ErrAlreadyRunning.
// onShow is called (from another goroutine) whenever a later start asks.
func Claim(dbPath string, onShow func()) (*Instance, error) {
	addr := fmt.Sprintf("127.0.0.1:%d", port(dbPath))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if askToShow(addr) {
			return nil, ErrAlreadyRunning
		}
		// The port is taken by something else: run without the guard rather
		// than refuse to start.
		return &Instance{}, nil
	}
	inst := &Instance{ln: ln}
	go inst.serve(onShow)
	return inst, nil
}

func askToShow(addr string) bool {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(2 * time.Second))
	fmt.Fprintln(conn, greeting)
	reply, err := bufio.NewReader(conn).ReadString('\n')
	return err == nil && strings.TrimSpace(reply) == "ok"
}

func (i *Instance) serve(onShow func()) {
	for {
		conn, err := i.ln.Accept()
		if err != nil {
			return
		}
		conn.SetDeadline(time.Now().Add(2 * time.Second))
		line, _ := bufio.NewReader(conn).ReadString('\n')
		if strings.TrimSpace(line) == greeting {
			fmt.Fprintln(conn, "ok")
			if onShow != nil {
				onShow()
			}
		}
		conn.Close()
	}
}

// Release gives up the claim.
func (i *Instance) Release() {
	if i != nil && i.ln != nil {
		i.ln.Close()
	}
}
