using System.Text.RegularExpressions;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// What a load client knows of its page, kept up to date from the render batches it receives (the browser keeps
/// a DOM; this keeps only what the load needs): the first MudSwitch of the match page's filters (the id of its
/// <c>onchange</c> handler and the component that rendered it, which the browser names in the event's field
/// info), whether a MudProgressCircular is showing (the match list shows one while it re-ranks), and the first
/// link to a mission (to find one on the missions list when none is given).
/// </summary>
internal sealed partial class MatchPageTracker
{
    private readonly HashSet<int> _spinners = [];

    public ulong SwitchHandlerId { get; private set; }

    public int SwitchComponentId { get; private set; }

    public bool SwitchOn { get; set; }

    public bool Loading => _spinners.Count > 0;

    public string? MissionId { get; private set; }

    public void Observe(RenderBatch batch)
    {
        ulong replacement = 0;
        foreach (var diff in batch.Diffs)
        {
            foreach (var edit in diff.Edits)
            {
                if (edit.Type == RenderBatch.PrependFrame)
                {
                    Scan(batch, diff.ComponentId, edit.ReferenceFrameIndex);
                }
                else if (edit.Type == RenderBatch.SetAttribute && diff.ComponentId == SwitchComponentId
                    && batch.GetFrame(edit.ReferenceFrameIndex) is { Name: "onchange", EventHandlerId: > 0 } handler)
                {
                    replacement = handler.EventHandlerId; // a re-render gave the switch a new handler
                }
            }
        }

        if (SwitchHandlerId != 0 && Array.IndexOf(batch.DisposedEventHandlerIds, SwitchHandlerId) >= 0)
        {
            SwitchHandlerId = replacement;
        }

        foreach (var id in batch.DisposedComponentIds)
        {
            _spinners.Remove(id);
        }
    }

    // The frames a component added: each element is followed by its attributes, then its children.
    private void Scan(RenderBatch batch, int componentId, int start)
    {
        var end = start + batch.GetFrame(start).SubtreeLength;
        for (var i = start; i < end; i++)
        {
            var element = batch.GetFrame(i);
            if (element.Type != RenderBatch.ElementFrame)
            {
                continue;
            }

            string? cssClass = null, href = null;
            ulong onChange = 0;
            var isChecked = false;
            for (var a = i + 1; a < end && batch.GetFrame(a) is { Type: RenderBatch.AttributeFrame } attribute; a++)
            {
                switch (attribute.Name)
                {
                    case "class": cssClass = attribute.Value; break;
                    case "href": href = attribute.Value; break;
                    case "onchange": onChange = attribute.EventHandlerId; break;
                    case "checked": isChecked = attribute.Value is not null; break;
                }
            }

            if (SwitchHandlerId == 0 && onChange != 0 && element.Name == "input" && cssClass?.Contains("mud-switch-input", StringComparison.Ordinal) == true)
            {
                SwitchHandlerId = onChange;
                SwitchComponentId = componentId;
                SwitchOn = isChecked;
            }

            if (cssClass?.Contains("mud-progress-circular", StringComparison.Ordinal) == true)
            {
                _spinners.Add(componentId);
            }

            if (MissionId is null && href is not null && MissionLink().Match(href) is { Success: true } link)
            {
                MissionId = link.Groups["id"].Value;
            }
        }
    }

    [GeneratedRegex("^/?client/missions/(?<id>[0-9a-fA-F-]{36})$")]
    private static partial Regex MissionLink();
}
