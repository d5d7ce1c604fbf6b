package desktop

import (
	"bytes"
	"io"
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
// create a window or initialise OpenGL.
var graphicsFailures = [][]byte{
	[]byte("failed to initialise GLFW"),
	[]byte("window creation error"),
	[]byte("failed to initialise OpenGL"),
}

// GraphicsWatcher passes log output through to w and calls onFail once when
// it sees Fyne report that graphics could not start. Fyne logs these and
// then quits or exits, so watching the log is the only place to catch them;
// onFail runs before Fyne's exit because logging is synchronous.
type GraphicsWatcher struct {
	w      io.Writer
	onFail func()
	once   sync.Once
	failed bool
	mu     sync.Mutex
}

// NewGraphicsWatcher returns a watcher writing to w.
func NewGraphicsWatcher(w io.Writer, onFail func()) *GraphicsWatcher {
	return &GraphicsWatcher{w: w, onFail: onFail}
}

// Write implements io.Writer.
func (g *GraphicsWatcher) Write(p []byte) (int, error) {
	for _, f := range graphicsFailures {
		if bytes.Contains(p, f) {
			g.mu.Lock()
			g.failed = true
			g.mu.Unlock()
			g.once.Do(g.onFail)
			break
		}
	}
	return g.w.Write(p)
}

// Failed reports whether a graphics failure was seen.
func (g *GraphicsWatcher) Failed() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.failed
}
