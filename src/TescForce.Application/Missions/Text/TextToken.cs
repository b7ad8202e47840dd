namespace TescForce.Application.Missions.Text;

/// <summary>A word of a free text: its normalised form and the characters it comes from.</summary>
internal readonly record struct TextToken(string Normalized, int Start, int Length)
{
    public int End => Start + Length;
}
