package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.acme.example/platform/cmctl/internal/cloudmanager"
	"github.acme.example/platform/cmctl/internal/config"
	"github.acme.example/platform/cmctl/internal/ims"
)

func main() {
	var ctxFile string
	var stage bool
	root := &cobra.Command{Use: "cmctl", Short: "Acme helper for Adobe Cloud Manager"}
	root.PersistentFlags().StringVar(&ctxFile, "context", "", "context JSON (default ~/.config/cmctl/context.json)")
	root.PersistentFlags().BoolVar(&stage, "stage", false, "use Adobe stage IMS")

	pipelines := &cobra.Command{
		Use:  "pipelines PROGRAM_ID",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := config.Load(ctxFile)
			if err != nil {
				return err
			}
			host := ims.DefaultHost
			if stage {
				host = ims.StageHost
			}
			cm := &cloudmanager.Client{
				IMS:    &ims.Client{Host: host, ClientID: c.ClientID, ClientSecret: c.ClientSecrets[0], Scopes: c.Scopes},
				OrgID:  c.IMSOrgID,
				APIKey: c.ClientID,
			}
			list, err := cm.Pipelines(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			for _, p := range list {
				fmt.Printf("%-8s %-40s %s\n", p.ID, p.Name, p.Status)
			}
			return nil
		},
	}
	root.AddCommand(pipelines)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
