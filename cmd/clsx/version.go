package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// version is clsx's release; the build adds the module version and the
// commit it was built from (versionLine).
const version = "0.1.0"

// versionLine says which clsx this is: its release, the module version, the
// VCS revision and time the binary was built from, and the Go release.
func versionLine() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "clsx " + version + " (no build information)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	var parts []string
	parts = append(parts, "module "+info.Main.Path+" "+info.Main.Version)
	if rev := settings["vcs.revision"]; rev != "" {
		c := "commit " + rev
		if t := settings["vcs.time"]; t != "" {
			c += " " + t
		}
		if settings["vcs.modified"] == "true" {
			c += " (modified)"
		}
		parts = append(parts, c)
	} else {
		parts = append(parts, "commit unknown (built without VCS information)")
	}
	parts = append(parts, info.GoVersion)
	return fmt.Sprintf("clsx %s (%s)", version, strings.Join(parts, ", "))
}
