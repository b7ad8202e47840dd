namespace TescForce.Application.Curation;

/// <summary>The review queues of the curators' dashboard.</summary>
/// <param name="PersonalData">Open personal-data requests; <see cref="QueueStatus.Flagged"/> counts those past their due date.</param>
public sealed record CurationQueueSummary(QueueStatus Companies, QueueStatus Clients, QueueStatus Profiles, QueueStatus Missions, QueueStatus PersonalData);
