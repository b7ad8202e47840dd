namespace TescForce.Application.Consultants.Import;

/// <summary>A CSV file to download: UTF-8 with a byte-order mark, so that Excel reads the accents right.</summary>
public sealed record CsvFile(string FileName, byte[] Content)
{
    public const string ContentType = "text/csv; charset=utf-8";
}
