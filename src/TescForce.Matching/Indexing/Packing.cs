namespace TescForce.Matching.Indexing;

/// <summary>
/// The compact encodings of the index. A consultant's skill is one int (taxonomy index, years, level),
/// a posting one int (slot, level), a language one ushort (language, CEFR level), instants whole
/// minutes and dates day numbers: about 150 bytes per consultant of twelve skills.
/// </summary>
internal static class Packing
{
    private const int LevelBits = 3;
    private const int YearsBits = 7;
    private static readonly DateTime MinuteEpoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static int Skill(int skillIndex, int level, int years) =>
        (skillIndex << (LevelBits + YearsBits)) | (Math.Clamp(years, 0, 127) << LevelBits) | Math.Clamp(level, 1, 5);

    public static int SkillIndex(int packed) => (int)((uint)packed >> (LevelBits + YearsBits));

    public static int SkillLevel(int packed) => packed & 7;

    public static int SkillYears(int packed) => (packed >> LevelBits) & 127;

    public static int Posting(int slot, int level) => (slot << LevelBits) | level;

    public static int PostingSlot(int posting) => (int)((uint)posting >> LevelBits);

    public static int PostingLevel(int posting) => posting & 7;

    public static ushort Language(int languageIndex, int level) => (ushort)((languageIndex << LevelBits) | Math.Clamp(level, 1, 6));

    public static int LanguageIndex(ushort packed) => packed >> LevelBits;

    public static int LanguageLevel(ushort packed) => packed & 7;

    public static int Minutes(DateTime utc) =>
        (int)Math.Clamp((utc.ToUniversalTime() - MinuteEpoch).Ticks / TimeSpan.TicksPerMinute, int.MinValue, int.MaxValue);
}
