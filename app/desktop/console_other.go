//go:build !windows

package desktop

// AttachConsole is only needed on Windows; elsewhere the terminal is
// always connected.
func AttachConsole() {}
