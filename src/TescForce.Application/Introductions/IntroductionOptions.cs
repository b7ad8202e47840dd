namespace TescForce.Application.Introductions;

/// <summary>Configuration section <c>Introductions</c>.</summary>
public sealed class IntroductionOptions
{
    public const string SectionName = "Introductions";

    /// <summary>How long a member company has to answer a request before it expires.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromDays(7);
}
