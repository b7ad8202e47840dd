namespace TescForce.Application.Curation;

/// <summary>The four review queues of the curators' dashboard.</summary>
public sealed record CurationQueueSummary(QueueStatus Companies, QueueStatus Clients, QueueStatus Profiles, QueueStatus Missions);
