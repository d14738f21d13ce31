using ActorGraph.Core.Model;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class DatePrecisionEnum : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionEnum()
    {
        Name = "DatePrecision";
        Description = "How much of a date is known: DAY, WEEK, MONTH or YEAR.";
    }
}
