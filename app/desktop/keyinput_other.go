//go:build !windows

package desktop

// FilterKeyInput does nothing outside Windows: the input methods there go
// through the platform's input method framework, which GLFW handles.
func FilterKeyInput(hwnd uintptr) {}
