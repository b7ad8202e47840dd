namespace TescForce.Application.SkillsMap;

/// <summary>
/// What the public map hides so that no one can be singled out (ADR 0009): every count under
/// <see cref="SkillsMapResult.PublicThreshold"/> (zero included), and, in a breakdown whose parts add up to
/// a total that is shown (seniority bands, whose sum is the total; the CEFR levels of a language, whose sum
/// is that language's count), as many more parts as it takes for the hidden ones to include a count of 5 or
/// more, unless the hidden ones add up to zero — otherwise the total minus the visible parts would give a small hidden count away. Overlapping
/// breakdowns (families, languages, weeks: one consultant counts in several) are not sums, and each count is
/// hidden on its own. The company breakdown is dropped.
/// </summary>
internal static class SkillsMapPrivacy
{
    public static SkillsMapResult Hide(SkillsMapResult map)
    {
        var totalShown = Shown(map.Total);
        return map with
        {
            IsPublic = true,
            Total = totalShown ? map.Total : null,
            Node = map.Node is { } node ? node with { Count = Shown(node.Count) ? node.Count : null } : null,
            Families = [.. map.Families.Select(f => f with { Count = Shown(f.Count) ? f.Count : null })],
            Companies = [],
            Seniority = Parts(map.Seniority, totalShown),
            Languages = [.. map.Languages.Select(l => Shown(l.Count)
                ? l with { Levels = Parts(l.Levels, totalShown: true) }
                : l with { Count = null, Levels = Parts(l.Levels, totalShown: false) })],
            Weeks = [.. map.Weeks.Select(w => w with { Count = Shown(w.Count) ? w.Count : null })],
        };
    }

    private static bool Shown(int? count) => count >= SkillsMapResult.PublicThreshold;

    /// <summary>The parts of a total, small ones hidden; with the total shown, the smallest visible parts too until a hidden one is 5 or more.</summary>
    internal static List<SkillsMapCount> Parts(IReadOnlyList<SkillsMapCount> parts, bool totalShown)
    {
        var hidden = parts.Select(p => !Shown(p.Count)).ToArray();
        // Hidden parts adding up to zero give away nothing but zeros.
        if (totalShown && Enumerable.Range(0, parts.Count).Where(i => hidden[i]).Sum(i => parts[i].Count ?? 0) > 0)
        {
            // One more hidden part of 5 or more is enough: the hidden sum then leaves every small part between 0 and 4 undetermined.
            var smallest = Enumerable.Range(0, parts.Count).Where(i => !hidden[i]).OrderBy(i => parts[i].Count).FirstOrDefault(-1);
            if (smallest >= 0)
            {
                hidden[smallest] = true;
            }
        }

        return [.. parts.Select((p, i) => hidden[i] ? p with { Count = null, HiddenToProtectOthers = Shown(p.Count) } : p)];
    }
}
