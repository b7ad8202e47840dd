namespace TescForce.Application.Consultants.Import;

/// <summary>
/// The kinds of import issue. Each has a translation in the web project's resources, named
/// <c>ImportIssue_</c> followed by the code; <see cref="Validation"/> carries the validator's own message.
/// </summary>
public static class ImportIssueCodes
{
    // The whole file is refused: nothing is imported.
    public const string FileTooLarge = "FileTooLarge";
    public const string FileEmpty = "FileEmpty";
    public const string FileUtf16 = "FileUtf16";
    public const string FileBinary = "FileBinary";
    public const string FileEncoding = "FileEncoding";
    public const string FileMalformed = "FileMalformed";
    public const string FileDuplicateColumn = "FileDuplicateColumn";
    public const string FileMissingColumns = "FileMissingColumns";
    public const string FileNoRows = "FileNoRows";
    public const string FileTooManyRows = "FileTooManyRows";
    public const string FileDuplicateReferences = "FileDuplicateReferences";
    public const string FileWriteFailed = "FileWriteFailed";

    // A warning: the import goes on.
    public const string UnknownColumn = "UnknownColumn";

    // One row is refused.
    public const string RowFieldCount = "RowFieldCount";
    public const string RowRequired = "RowRequired";
    public const string RowInteger = "RowInteger";
    public const string RowDate = "RowDate";
    public const string RowTime = "RowTime";
    public const string RowRemotePreference = "RowRemotePreference";
    public const string RowSkillFormat = "RowSkillFormat";
    public const string RowSkillUnknown = "RowSkillUnknown";
    public const string RowLanguageFormat = "RowLanguageFormat";
    public const string RowConsentIncomplete = "RowConsentIncomplete";
    public const string RowArchived = "RowArchived";
    public const string Validation = "Validation";

    public static IReadOnlyList<string> All { get; } =
    [
        FileTooLarge, FileEmpty, FileUtf16, FileBinary, FileEncoding, FileMalformed, FileDuplicateColumn,
        FileMissingColumns, FileNoRows, FileTooManyRows, FileDuplicateReferences, FileWriteFailed, UnknownColumn,
        RowFieldCount, RowRequired, RowInteger, RowDate, RowTime, RowRemotePreference, RowSkillFormat,
        RowSkillUnknown, RowLanguageFormat, RowConsentIncomplete, RowArchived,
    ];
}
