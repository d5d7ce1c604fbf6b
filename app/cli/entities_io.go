package cli

func cmdEntitiesImport(env *Env, c *call) error { return usagef("chưa có") }

func cmdEntitiesExport(env *Env, c *call) error { return usagef("chưa có") }
