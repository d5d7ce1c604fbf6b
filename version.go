package main

import (
	_ "embed"
	"regexp"
)

// fyneApp is FyneApp.toml, the one place the version is written: the
// Windows build reads it for the installer and the .exe's version
// resource, and the program reads it here.
//
//go:embed FyneApp.toml
var fyneApp string

// version is the app's version, from FyneApp.toml.
var version = appVersion(fyneApp)

// appVersion returns the Version of the [Details] of a FyneApp.toml.
func appVersion(toml string) string {
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindStringSubmatch(toml)
	if m == nil {
		return "?"
	}
	return m[1]
}
