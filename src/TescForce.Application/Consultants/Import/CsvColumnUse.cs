namespace TescForce.Application.Consultants.Import;

public enum CsvColumnUse
{
    /// <summary>The header must have it and every row needs a value.</summary>
    Required,

    /// <summary>
    /// May be left out of the header: new profiles then get the default and updated profiles keep their
    /// value. An empty cell means the default (or nothing, for a list).
    /// </summary>
    Optional,

    /// <summary>Written by the export for information; ignored by the import.</summary>
    ExportOnly,
}
