#!/usr/bin/env python3
"""Draws the charts of docs/performance.md from a results file of scripts/load-test.sh, as plain SVG (no plotting
library needed):
  scripts/performance-chart.py docs/performance/results-2026-11-26.json [docs/images]
writes performance-api.svg (requests/s and latency percentiles of the match API, with the targets of issue 10) and
performance-data.svg (seeding, import, index build and start-up times) and, when the run held Blazor circuits,
performance-circuits.svg (interaction latency and server memory per circuit, with the targets)."""
import json
import os
import sys
from html import escape

WIDTH = 720
BAR = 26
GAP = 12
LABEL = 190
COLOURS = ["#3b6ea8", "#5b8fc9", "#8fb3dd", "#c25b4a", "#6a9a4f"]


def panel(title, unit, bars, target=None, target_label=None, y=0):
    """A horizontal bar chart: bars is [(label, value)]; target draws a dashed line at that value."""
    values = [v for _, v in bars if v is not None] + ([target] if target else [])
    top = max(values) * 1.15 if values else 1
    plot = WIDTH - LABEL - 90
    height = 40 + len(bars) * (BAR + GAP) + 24
    parts = [f'<g transform="translate(0,{y})">',
             f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(title)}</text>']
    for i, (label, value) in enumerate(bars):
        top_y = 40 + i * (BAR + GAP)
        parts.append(f'<text x="{LABEL - 8}" y="{top_y + BAR * 0.68:.0f}" font-size="13" text-anchor="end">{escape(label)}</text>')
        if value is None:
            parts.append(f'<text x="{LABEL + 4}" y="{top_y + BAR * 0.68:.0f}" font-size="13" fill="#777">not measured</text>')
            continue
        width = max(1.0, plot * value / top)
        parts.append(f'<rect x="{LABEL}" y="{top_y}" width="{width:.1f}" height="{BAR}" fill="{COLOURS[i % len(COLOURS)]}"/>')
        parts.append(f'<text x="{LABEL + width + 6:.1f}" y="{top_y + BAR * 0.68:.0f}" font-size="13">{value:,.1f} {escape(unit)}</text>')
    if target:
        x = LABEL + plot * target / top
        bottom = 40 + len(bars) * (BAR + GAP) - GAP + 4
        parts.append(f'<line x1="{x:.1f}" y1="34" x2="{x:.1f}" y2="{bottom}" stroke="#c0392b" stroke-width="2" stroke-dasharray="6,4"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16}" font-size="12" fill="#c0392b" text-anchor="middle">{escape(target_label or "")}</text>')
    parts.append("</g>")
    return "\n".join(parts), height


def svg(title, caption, panels):
    body, y = [], 44
    for p in panels:
        text, height = panel(**p, y=y)
        body.append(text)
        y += height + 10
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{y}" viewBox="0 0 {WIDTH} {y}" '
            f'font-family="DejaVu Sans, Arial, sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n'
            f'<text x="10" y="18" font-size="13" fill="#555">{escape(title)}</text>\n'
            f'<text x="10" y="34" font-size="11" fill="#777">{escape(caption)}</text>\n' + "\n".join(body) + "\n</svg>\n")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    results = json.load(open(sys.argv[1]))
    folder = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "docs", "images")
    machine = results["machine"]
    seed, api, index = results.get("seed", {}), results.get("api", {}), results.get("index", {})
    imported = results.get("import", {})
    caption = (f"{results['date'][:10]}, {seed.get('consultants', 0):,} consultants, {machine['cpus']} cores "
               f"({machine['cpu_model']}), load generator on the same machine")

    api_chart = svg(f"Match API, {api.get('concurrency')} concurrent clients", caption, [
        dict(title="Throughput", unit="req/s", bars=[("requests per second", api.get("rps"))], target=500, target_label="target 500 req/s"),
        dict(title="Latency", unit="ms", bars=[("p50", api.get("p50_ms")), ("p95", api.get("p95_ms")), ("p99", api.get("p99_ms"))],
             target=100, target_label="target p99 100 ms"),
    ])
    data_chart = svg("Data and start-up", caption, [
        dict(title="Seconds", unit="s", bars=[
            (f"seed {seed.get('consultants', 0):,}", seed.get("wall_s")),
            (f"import {imported.get('rows', 0):,} (CSV)", imported.get("import_s")),
            (f"update {imported.get('rows', 0):,} (CSV)", imported.get("update_s")),
            ("build the match index", index["ms"] / 1000 if index.get("ms") is not None else None),
            ("app ready (incl. index)", index.get("app_ready_s")),
        ]),
    ])
    charts = [("performance-api.svg", api_chart), ("performance-data.svg", data_chart)]
    circuits = results.get("circuits")
    if circuits and circuits.get("Established"):
        charts.append(("performance-circuits.svg", svg(
            f"Blazor Server: {circuits['Established']:,} circuits on the match page, a filter changed every "
            f"{circuits.get('IntervalSeconds')} s", caption, [
                dict(title="Interaction (change to last render batch)", unit="ms", bars=[
                    ("p50", circuits.get("P50Ms")), ("p95", circuits.get("P95Ms")), ("p99", circuits.get("P99Ms"))],
                    target=200, target_label="target p95 200 ms"),
                dict(title="Server memory per circuit", unit="KB", bars=[
                    ("resident (RSS)", circuits.get("KbPerCircuit")), ("managed heap", circuits.get("HeapKbPerCircuit"))],
                    target=500, target_label="target 500 KB"),
            ])))
    os.makedirs(folder, exist_ok=True)
    for name, text in charts:
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
        print(os.path.join(folder, name))


if __name__ == "__main__":
    main()
