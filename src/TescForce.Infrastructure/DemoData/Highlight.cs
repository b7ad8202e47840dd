namespace TescForce.Infrastructure.DemoData;

/// <summary>A skill worth naming in a headline, with the short text used there ("DO-178C", not its full label).</summary>
internal sealed record Highlight(string Code, string Text);
