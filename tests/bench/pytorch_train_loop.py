#!/usr/bin/env python3
"""The training loop of `cohort-cli bench train`, written in PyTorch's eager Python API.

Same network (inputs-128-64-32-classes, ReLU, dropout 0.3), Adam with L2 weight decay 0.01 on
the weights, cross-entropy, shuffled mini-batches, one intra-op thread. Prints samples/s per
batch size as JSON. Used only by compare_with_pytorch.sh, where python3-torch is installed.
"""
import argparse
import json
import time

import torch


def build(inputs: int, classes: int) -> torch.nn.Module:
    outputs = 1 if classes == 2 else classes
    return torch.nn.Sequential(
        torch.nn.Linear(inputs, 128), torch.nn.ReLU(), torch.nn.Dropout(0.3),
        torch.nn.Linear(128, 64), torch.nn.ReLU(), torch.nn.Dropout(0.3),
        torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Dropout(0.3),
        torch.nn.Linear(32, outputs))


def samples_per_second(x, y, classes, batch, epochs):
    torch.manual_seed(1)
    model = build(x.shape[1], classes)
    weights = [p for n, p in model.named_parameters() if n.endswith("weight")]
    biases = [p for n, p in model.named_parameters() if n.endswith("bias")]
    optimiser = torch.optim.Adam([{"params": weights, "weight_decay": 0.01},
                                  {"params": biases, "weight_decay": 0.0}], lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    model.train()
    seen = 0
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(x.shape[0])
        for begin in range(0, x.shape[0], batch):
            rows = order[begin:begin + batch]
            optimiser.zero_grad()
            loss = loss_fn(model(x[rows]), y[rows])
            loss.backward()
            optimiser.step()
            seen += rows.shape[0]
    return seen / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=10)
    parser.add_argument("--classes", type=int, default=5)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(1)
    x = torch.randn(args.rows, args.inputs)
    y = torch.randint(0, args.classes, (args.rows,))
    figures = {f"batch_{b}": samples_per_second(x, y, args.classes, b, args.epochs)
               for b in (64, 256)}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
