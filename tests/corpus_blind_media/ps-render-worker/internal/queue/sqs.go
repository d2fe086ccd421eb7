package queue

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Job struct {
	Kind    string          `json:"kind"`
	Source  string          `json:"source"`
	Target  string          `json:"target"`
	Actions json.RawMessage `json:"actions,omitempty"`
}

type Consumer struct {
	client   *sqs.Client
	queueURL string
}

func NewConsumer(ctx context.Context, queueURL string) (*Consumer, error) {
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Consumer{client: sqs.NewFromConfig(cfg), queueURL: queueURL}, nil
}

func (c *Consumer) Run(ctx context.Context, handle func(context.Context, Job) error) error {
	for ctx.Err() == nil {
		out, err := c.client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
			QueueUrl:            aws.String(c.queueURL),
			MaxNumberOfMessages: 5,
			WaitTimeSeconds:     20,
		})
		if err != nil {
			return err
		}
		for _, m := range out.Messages {
			var job Job
			if err := json.Unmarshal([]byte(aws.ToString(m.Body)), &job); err != nil {
				continue
			}
			if err := handle(ctx, job); err == nil {
				_, _ = c.client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(c.queueURL), ReceiptHandle: m.ReceiptHandle})
			}
		}
	}
	return ctx.Err()
}
