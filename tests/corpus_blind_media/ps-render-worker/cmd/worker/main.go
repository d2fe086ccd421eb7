package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/northwind-media/ps-render-worker/internal/adobe"
	"github.com/northwind-media/ps-render-worker/internal/config"
	"github.com/northwind-media/ps-render-worker/internal/photoshop"
	"github.com/northwind-media/ps-render-worker/internal/queue"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg, err := config.Load()
	if err != nil {
		log.Error("config", "err", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	ps := photoshop.New(cfg.ClientID, adobe.NewTokenSource(cfg))
	consumer, err := queue.NewConsumer(ctx, cfg.QueueURL)
	if err != nil {
		log.Error("queue", "err", err)
		os.Exit(1)
	}
	if err := consumer.Run(ctx, func(ctx context.Context, job queue.Job) error {
		switch job.Kind {
		case "cutout":
			_, err := ps.RemoveBackground(ctx, job.Source, job.Target)
			return err
		default:
			_, err := ps.PlayActions(ctx, job.Source, job.Target, job.Actions)
			return err
		}
	}); err != nil {
		log.Error("worker stopped", "err", err)
	}
}
