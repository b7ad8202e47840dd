namespace TescForce.Application.Curation;

/// <summary>What waits in one of the curators' queues: how many items, and since when the oldest has waited.</summary>
/// <param name="Flagged">Items needing a closer look (missions carrying contact details).</param>
public sealed record QueueStatus(int Count, DateTime? OldestSince, int Flagged = 0);
