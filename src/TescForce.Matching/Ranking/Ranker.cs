using TescForce.Matching.Indexing;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Scoring;
using TescForce.Matching.Taxonomy;

namespace TescForce.Matching.Ranking;

/// <summary>
/// Runs a query on a snapshot: gathers candidates from the postings of the skills that meet each
/// requirement, drops those failing a hard constraint, scores the rest, keeps the best in order, applies
/// the fairness rule and explains the requested page.
/// </summary>
internal static class Ranker
{
    public static MatchResult Rank(IndexSnapshot snapshot, MatchQuery query, MatchingOptions options)
    {
        var q = new PreparedQuery(snapshot, query, options);
        var scratch = Scratch.Rent();
        try
        {
            var skip = Math.Max(0, query.Skip);
            var take = Math.Max(0, query.Take);
            var count = Collect(q, scratch, skip + take, out var total);
            var ordered = Order(q, scratch.Scored.AsSpan(0, count), skip + take, out var promoted, out var passedOver);
            var items = new List<RankedConsultant>(Math.Min(take, Math.Max(0, ordered.Count - skip)));
            for (var position = skip; position < Math.Min(ordered.Count, skip + take); position++)
            {
                items.Add(Explain(q, ordered, position, promoted, passedOver));
            }

            return new MatchResult(total, items, q.UnknownSkillIds);
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    public static WhyNotAnswer WhyNot(IndexSnapshot snapshot, MatchQuery query, Guid consultantId, MatchingOptions options)
    {
        var q = new PreparedQuery(snapshot, query, options);
        if (snapshot.Locate(consultantId) is not { } location)
        {
            return new WhyNotAnswer(WhyNotStatus.NotVisible, [new ConstraintFailure(MatchConstraint.Visibility, FailureReason.NotPublished)], null);
        }

        var v = snapshot.View(location);
        var failures = new List<ConstraintFailure>();
        if (!q.IsVisible(v, failures))
        {
            return new WhyNotAnswer(WhyNotStatus.NotVisible, failures, null);
        }

        q.Passes(v, q.Effective, failures);
        Span<float> credit = stackalloc float[q.Count];
        Span<int> via = stackalloc int[q.Count];
        Span<SkillMatchKind> kinds = stackalloc SkillMatchKind[q.Count];
        var met = q.MatchSkills(v.Skills, credit, via, kinds);
        if (q.Effective.CheckMustHave)
        {
            q.AddMissingMustHaves(met, failures);
        }

        if (q.Count > 0 && !HasAny(credit))
        {
            failures.Add(new ConstraintFailure(MatchConstraint.Relevance, FailureReason.NoSkillInCommon));
        }

        if (failures.Count > 0)
        {
            return new WhyNotAnswer(WhyNotStatus.Excluded, failures, null);
        }

        // In the list: find the place, fairness included, in the whole order (a rare question, so no shortcut).
        var scratch = Scratch.Rent();
        try
        {
            var count = Collect(q, scratch, int.MaxValue, out _);
            var ordered = Order(q, scratch.Scored.AsSpan(0, count), count, out var promoted, out var passedOver);
            for (var position = 0; position < ordered.Count; position++)
            {
                if (ordered[position].Candidate.Id == consultantId)
                {
                    return new WhyNotAnswer(WhyNotStatus.Listed, [], Explain(q, ordered, position, promoted, passedOver));
                }
            }

            throw new InvalidOperationException("A consultant who passes every constraint must be in the list.");
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    /// <summary>
    /// Finds every consultant who passes the constraints (<paramref name="total"/>) and scores, into
    /// <see cref="Scratch.Scored"/>, those who can still reach the first <paramref name="keep"/> places or
    /// the fairness window below them; returns how many were scored.
    /// </summary>
    private static int Collect(PreparedQuery q, Scratch scratch, int keep, out int total)
    {
        var snapshot = q.Snapshot;
        var main = snapshot.Main;
        var k = q.Count;
        scratch.Begin(main.Count, k);
        var enforceMust = q.Effective.CheckMustHave;

        if (k == 0)
        {
            for (var slot = 0; slot < main.Count; slot++)
            {
                TryAdmit(q, scratch, slot);
            }
        }
        else if (enforceMust)
        {
            // Candidates are the intersection of the must-haves' postings, rarest first; only those who
            // meet them all are checked against the constraints and credited, from their own skills.
            if (MustHavesByRarity(q) is { } order)
            {
                Intersect(q, scratch, order);
            }
        }
        else
        {
            for (var r = 0; r < k; r++)
            {
                if (q.SkillIndex[r] >= 0)
                {
                    foreach (var n in snapshot.Graph.NeighboursOf(q.SkillIndex[r]))
                    {
                        Accumulate(q, scratch, r, n);
                    }
                }
            }
        }

        var scored = scratch.EnsureScored(scratch.Count + snapshot.DeltaLive.Length);
        var count = 0;
        total = 0;
        var best = new Threshold(keep == int.MaxValue ? keep : Math.Max(keep, q.Options.FairnessTopN), q.Options.FairnessScoreMargin);
        Span<int> level = stackalloc int[k];
        Span<int> via = stackalloc int[k];
        Span<SkillMatchKind> kinds = stackalloc SkillMatchKind[k];
        for (var c = 0; c < scratch.Count; c++)
        {
            // Every candidate is in the list: the must-haves were intersected, or there is none to enforce.
            total++;
            var slot = scratch.Slots[c];
            var v = main.View(slot);
            if (Scorer.UpperBound(q, v) < best.Floor)
            {
                continue; // in the list, but cannot reach the places asked for
            }

            var credit = scratch.Credit.AsSpan(c * k, k);
            if (enforceMust)
            {
                // Candidates of the must-have intersection are credited here, from their own skills.
                q.MatchSkills(v.Skills, credit, via, kinds);
                for (var r = 0; r < k; r++)
                {
                    level[r] = via[r] >= 0 ? Packing.SkillLevel(v.Skills[via[r]]) : 0;
                }
            }
            else
            {
                for (var r = 0; r < k; r++)
                {
                    level[r] = scratch.Level[(c * k) + r];
                }
            }

            var score = Scorer.Score(q, v, credit, level, out var coverage, null);
            scored[count++] = new ScoredCandidate(score, coverage, v.From, v.Rate, v.Id, v.Company, slot);
            best.Add(score);
        }

        // The consultants changed since the main segment was built: few, scanned one by one.
        Span<float> deltaCredit = stackalloc float[k];
        for (var i = 0; i < snapshot.DeltaLive.Length; i++)
        {
            var v = snapshot.DeltaLive[i].View;
            if (!q.IsVisible(v, null) || !q.Passes(v, q.Effective, null))
            {
                continue;
            }

            var met = q.MatchSkills(v.Skills, deltaCredit, via, kinds);
            if ((enforceMust && (met & q.MustMask) != q.MustMask) || (k > 0 && !enforceMust && !HasAny(deltaCredit)))
            {
                continue;
            }

            for (var r = 0; r < k; r++)
            {
                level[r] = via[r] >= 0 ? Packing.SkillLevel(v.Skills[via[r]]) : 0;
            }

            total++;
            var score = Scorer.Score(q, v, deltaCredit, level, out var coverage, null);
            scored[count++] = new ScoredCandidate(score, coverage, v.From, v.Rate, v.Id, v.Company, ~i);
        }

        return count;
    }

    private static bool HasAny(ReadOnlySpan<float> credit)
    {
        foreach (var c in credit)
        {
            if (c > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The must-have requirements, fewest postings first; null when one is unknown to the taxonomy (nobody meets it).</summary>
    private static List<int>? MustHavesByRarity(PreparedQuery q)
    {
        var sizes = new List<(int Requirement, long Postings)>();
        for (var r = 0; r < q.Count; r++)
        {
            if ((q.MustMask & (1UL << r)) == 0)
            {
                continue;
            }

            if (q.SkillIndex[r] < 0)
            {
                return null;
            }

            sizes.Add((r, SeedPostings(q, r)));
        }

        return [.. sizes.OrderBy(s => s.Postings).ThenBy(s => s.Requirement).Select(s => s.Requirement)];
    }

    /// <summary>How many postings meet must-have <paramref name="r"/> (exactly, narrower or broader).</summary>
    private static long SeedPostings(PreparedQuery q, int r)
    {
        long postings = 0;
        foreach (var n in q.Snapshot.Graph.NeighboursOf(q.SkillIndex[r]))
        {
            if (SkillCredit.SatisfiesMustHave(n.Kind))
            {
                postings += q.Snapshot.Main.PostingsOf(n.SkillIndex).Length;
            }
        }

        return postings;
    }

    /// <summary>
    /// The candidates of a query with must-haves: a bit set of the slots meeting each must-have (exactly or
    /// through a narrower skill) is built from its postings, the sets are intersected, and the survivors are
    /// checked against the constraints — one by one when few, column by column when many — in slot order,
    /// which keeps the reads that follow close together in memory.
    /// </summary>
    private static void Intersect(PreparedQuery q, Scratch scratch, List<int> order)
    {
        var main = q.Snapshot.Main;
        var words = (main.Count + 63) / 64;
        var all = scratch.Intersection;
        var one = scratch.MustHaveSet;
        for (var i = 0; i < order.Count; i++)
        {
            var target = i == 0 ? all : one;
            Array.Clear(target, 0, words);
            foreach (var n in q.Snapshot.Graph.NeighboursOf(q.SkillIndex[order[i]]))
            {
                if (!SkillCredit.SatisfiesMustHave(n.Kind))
                {
                    continue;
                }

                foreach (var posting in main.PostingsOf(n.SkillIndex))
                {
                    var slot = Packing.PostingSlot(posting);
                    target[slot >> 6] |= 1UL << (slot & 63);
                }
            }

            if (i > 0)
            {
                for (var w = 0; w < words; w++)
                {
                    all[w] &= one[w];
                }
            }
        }

        var survivors = 0L;
        for (var w = 0; w < words; w++)
        {
            survivors += System.Numerics.BitOperations.PopCount(all[w]);
        }

        var limits = q.Effective;
        var filtered = survivors > main.Count / 16;
        if (filtered)
        {
            main.Filter(one, q.Snapshot.Dead, limits.LatestFrom, limits.RequiredUntil, limits.MaxRate, limits.MinCapacity, q.NowMinute,
                q.Snapshot.Tables.Approved.AsSpan(), q.SchedulesPassing(limits));
        }

        for (var w = 0; w < words; w++)
        {
            var bits = filtered ? all[w] & one[w] : all[w];
            while (bits != 0)
            {
                var slot = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (filtered ? q.PassesLanguages(main.LanguagesOf(slot), limits) : Admits(q, slot))
                {
                    scratch.Add(slot);
                }
            }
        }
    }

    private static void Accumulate(PreparedQuery q, Scratch scratch, int r, SkillNeighbour n)
    {
        var postings = q.Snapshot.Main.PostingsOf(n.SkillIndex);
        var k = q.Count;
        var stamp = scratch.Stamp;
        var candidateOf = scratch.CandidateOf;
        var epoch = scratch.Epoch;
        foreach (var posting in postings)
        {
            var slot = Packing.PostingSlot(posting);
            int c;
            if (stamp[slot] == epoch)
            {
                c = candidateOf[slot];
                if (c < 0)
                {
                    continue;
                }
            }
            else
            {
                c = TryAdmit(q, scratch, slot);
                if (c < 0)
                {
                    continue;
                }
            }

            var level = Packing.PostingLevel(posting);
            var credit = n.Credit * q.LevelFactor(r, level);
            var at = (c * k) + r;
            // Equal credit from two skills: the higher level counts, as in PreparedQuery.MatchSkills.
            if (credit > scratch.Credit[at] || (credit == scratch.Credit[at] && level > scratch.Level[at]))
            {
                scratch.Credit[at] = credit;
                scratch.Level[at] = (byte)level;
            }
        }
    }

    /// <summary>First sight of a main slot in this query: checks the constraints once and remembers the verdict.</summary>
    private static int TryAdmit(PreparedQuery q, Scratch scratch, int slot)
    {
        scratch.Stamp[slot] = scratch.Epoch;
        var c = Admit(q, scratch, slot);
        scratch.CandidateOf[slot] = c;
        return c;
    }

    /// <summary>The slot's candidate number when it is alive and passes the constraints, else -1.</summary>
    private static int Admit(PreparedQuery q, Scratch scratch, int slot) => Admits(q, slot) ? scratch.Add(slot) : -1;

    private static bool Admits(PreparedQuery q, int slot)
    {
        if (q.Snapshot.Dead[slot])
        {
            return false;
        }

        var v = q.Snapshot.Main.View(slot);
        return q.IsVisible(v, null) && q.Passes(v, q.Effective, null);
    }

    private readonly record struct Placed(ScoredCandidate Candidate, int RankByScore);

    /// <summary>The first <paramref name="needed"/> of the list in final order (fairness applied), and more when the fairness rule needs them.</summary>
    private static List<Placed> Order(PreparedQuery q, Span<ScoredCandidate> scored, int needed, out HashSet<int> promoted, out HashSet<int> passedOver)
    {
        var keep = Math.Max(needed, q.Options.FairnessTopN);
        List<ScoredCandidate> best;
        if (scored.Length <= keep * 4)
        {
            best = [.. scored];
        }
        else
        {
            // Keep the best `keep` in a heap whose root is the worst kept…
            var heap = new PriorityQueue<int, ScoredCandidate>(keep + 1, WorstFirst.Instance);
            for (var i = 0; i < scored.Length; i++)
            {
                if (heap.Count < keep)
                {
                    heap.Enqueue(i, scored[i]);
                }
                else if (ScoredCandidate.Compare(scored[i], PeekPriority(heap)) < 0)
                {
                    heap.EnqueueDequeue(i, scored[i]);
                }
            }

            var worstKept = PeekPriority(heap);
            best = new List<ScoredCandidate>(keep + 16);
            foreach (var (index, _) in heap.UnorderedItems)
            {
                best.Add(scored[index]);
            }

            // …then add whoever the fairness rule may bring up: within the margin of the last of the first places.
            best.Sort(BestFirst.Instance);
            var floor = best[Math.Min(q.Options.FairnessTopN, best.Count) - 1].Score - q.Options.FairnessScoreMargin;
            for (var i = 0; i < scored.Length; i++)
            {
                if (scored[i].Score >= floor && ScoredCandidate.Compare(scored[i], worstKept) > 0)
                {
                    best.Add(scored[i]);
                }
            }
        }

        best.Sort(BestFirst.Instance);
        var order = Fairness.Apply(best, q.Options, out promoted, out passedOver);
        var placed = new List<Placed>(Math.Min(order.Length, keep));
        for (var i = 0; i < order.Length && i < Math.Max(keep, q.Options.FairnessTopN); i++)
        {
            placed.Add(new Placed(best[order[i]], order[i] + 1));
        }

        return placed;
    }

    private static ScoredCandidate PeekPriority(PriorityQueue<int, ScoredCandidate> heap) =>
        heap.TryPeek(out _, out var priority) ? priority : default;

    private static RankedConsultant Explain(PreparedQuery q, List<Placed> ordered, int position, HashSet<int> promoted, HashSet<int> passedOver)
    {
        var (candidate, rankByScore) = ordered[position];
        var v = q.Snapshot.View(candidate.Location);
        var k = q.Count;
        Span<float> credit = stackalloc float[k];
        Span<int> via = stackalloc int[k];
        Span<SkillMatchKind> kinds = stackalloc SkillMatchKind[k];
        Span<int> level = stackalloc int[k];
        var met = q.MatchSkills(v.Skills, credit, via, kinds);
        var skills = new List<SkillEvidence>(k);
        for (var r = 0; r < k; r++)
        {
            var required = q.Required[r];
            if (via[r] < 0)
            {
                skills.Add(new SkillEvidence(required.SkillId, required.Importance, required.MinLevel, SkillMatchKind.Missing, null, null, null, 0));
                continue;
            }

            var packed = v.Skills[via[r]];
            level[r] = Packing.SkillLevel(packed);
            skills.Add(new SkillEvidence(required.SkillId, required.Importance, required.MinLevel, kinds[r],
                q.Snapshot.Graph.IdAt(Packing.SkillIndex(packed)), level[r], Packing.SkillYears(packed), Math.Round(credit[r], 3)));
        }

        var criteria = new List<CriterionScore>(6);
        var score = Scorer.Score(q, v, credit, level, out _, criteria);

        var relaxed = new List<ConstraintFailure>();
        if (q.Effective != q.Strict)
        {
            q.Passes(v, q.Strict, relaxed);
            if (q.Strict.CheckMustHave && !q.Effective.CheckMustHave)
            {
                q.AddMissingMustHaves(met, relaxed);
            }
        }

        var index = rankByScore - 1;
        FairnessMove? fairness = promoted.Contains(index) ? new FairnessMove(true, rankByScore)
            : passedOver.Contains(index) ? new FairnessMove(false, rankByScore)
            : null;
        return new RankedConsultant(candidate.Id, q.Snapshot.Tables.CompanyIds[candidate.Company], position + 1,
            Math.Round(score, 1), new MatchExplanation(skills, criteria, relaxed, fairness));
    }
}
