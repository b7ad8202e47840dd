using TescForce.Application.Common;

namespace TescForce.UnitTests.Application;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(0, 20, 1, 20)]
    [InlineData(-5, 20, 1, 20)]
    [InlineData(3, 0, 3, 1)]
    [InlineData(2, 10_000, 2, PageRequest.MaxPageSize)]
    public void PageAndSize_AreClampedToSensibleValues(int page, int size, int expectedPage, int expectedSize)
    {
        var request = new PageRequest(page, size);

        request.Page.ShouldBe(expectedPage);
        request.PageSize.ShouldBe(expectedSize);
    }

    [Fact]
    public void Skip_CountsTheRowsOfThePreviousPages()
    {
        new PageRequest(3, 25).Skip.ShouldBe(50);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    public void PageCount_RoundsUp(int total, int expectedPages)
    {
        new PagedResult<string>([], total, new PageRequest(1, 20)).PageCount.ShouldBe(expectedPages);
    }
}
