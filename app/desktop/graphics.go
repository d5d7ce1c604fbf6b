package desktop

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// GraphicsFailureMessage is shown when the window cannot be opened because
// the computer's graphics driver lacks OpenGL 2.1 (remote desktop sessions
// and some virtual machines).
const GraphicsFailureMessage = "Không mở được cửa sổ ứng dụng: trình điều khiển đồ họa của máy không hỗ trợ OpenGL 2.1.\n\n" +
	"Cách khắc phục: cập nhật trình điều khiển card màn hình (Windows Update hoặc trang của hãng máy), " +
	"hoặc chạy ứng dụng trực tiếp trên máy thay vì qua Remote Desktop.\n\n" +
	"Các lệnh dòng lệnh (thidua help) vẫn dùng được; dữ liệu không bị ảnh hưởng."

// graphicsFailures are the log lines Fyne writes when it cannot start GLFW,
// create a window or initialise OpenGL. They end the start whenever seen.
var graphicsFailures = [][]byte{
	[]byte("failed to initialise GLFW"),
	[]byte("window creation error"),
	[]byte("failed to initialise OpenGL"),
}

// startFailures are what GLFW reports as a platform error while the window
// is being made. The Go binding of GLFW only logs a platform error and
// carries on with no window, so Fyne never learns of it and waits for a
// window that never comes ("WGL: Failed to set pixel format for dummy
// context" on a PC without OpenGL). Once the window is up, a platform
// error (a clipboard that is busy, say) is no reason to stop.
var startFailures = [][]byte{
	[]byte("PlatformError"),
	[]byte("WGL: "),
	[]byte("GLX: "),
	[]byte("EGL: "),
}

// IsGraphicsFailure reports whether text (a log line or a panic) says that
// the graphics could not start.
func IsGraphicsFailure(text string) bool {
	p := []byte(text)
	return containsAny(p, graphicsFailures) || containsAny(p, startFailures) ||
		bytes.Contains(p, []byte("GLFW")) || bytes.Contains(p, []byte("OpenGL"))
}

func containsAny(p []byte, subs [][]byte) bool {
	for _, s := range subs {
		if bytes.Contains(p, s) {
			return true
		}
	}
	return false
}

// GraphicsWatcher passes log output through to w and calls onFail once when
// it sees Fyne or GLFW report that graphics could not start. They log these
// and then quit, exit or carry on without a window, so watching the log is
// the only place to catch them; onFail runs before any of that because
// logging is synchronous.
type GraphicsWatcher struct {
	w       io.Writer
	onFail  func()
	once    sync.Once
	mu      sync.Mutex
	failed  bool
	started bool
}

// NewGraphicsWatcher returns a watcher writing to w.
func NewGraphicsWatcher(w io.Writer, onFail func()) *GraphicsWatcher {
	return &GraphicsWatcher{w: w, onFail: onFail}
}

// Write implements io.Writer.
func (g *GraphicsWatcher) Write(p []byte) (int, error) {
	g.mu.Lock()
	fail := containsAny(p, graphicsFailures) || (!g.started && containsAny(p, startFailures))
	if fail {
		g.failed = true
	}
	g.mu.Unlock()
	n, err := g.w.Write(p)
	if fail {
		g.once.Do(g.onFail)
	}
	return n, err
}

// Started tells the watcher that the window is up: from now on a GLFW
// platform error is only logged.
func (g *GraphicsWatcher) Started() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.started = true
}

// Failed reports whether a graphics failure was seen.
func (g *GraphicsWatcher) Failed() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.failed
}

// Shutdown ends the process from wherever it is (a GLFW callback deep in
// the window's start, say) the way a normal exit would: it runs what was
// registered — releasing the single-instance claim, closing the database —
// newest first, then exits.
type Shutdown struct {
	mu    sync.Mutex
	funcs []func()
	exit  func(int)
}

// NewShutdown returns a Shutdown that exits with os.Exit.
func NewShutdown() *Shutdown { return &Shutdown{exit: os.Exit} }

// Add registers f to run on Exit.
func (s *Shutdown) Add(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.funcs = append(s.funcs, f)
}

// Exit runs the registered functions, newest first, each once, and exits
// with code.
func (s *Shutdown) Exit(code int) {
	s.mu.Lock()
	funcs := s.funcs
	s.funcs = nil
	s.mu.Unlock()
	for i := len(funcs) - 1; i >= 0; i-- {
		funcs[i]()
	}
	s.exit(code)
}
