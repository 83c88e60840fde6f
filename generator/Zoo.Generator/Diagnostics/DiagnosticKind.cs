namespace Zoo.Generator.Diagnostics;

/// <summary>Every problem the generator reports; <see cref="DiagnosticCatalog"/> gives each its id and message.</summary>
internal enum DiagnosticKind
{
    InvalidJson,
    MissingProperty,
    UnknownProperty,
    WrongJsonType,
    InvalidValue,
    ExpressionSyntax,
    UnknownFunction,
    UndefinedName,
    WrongArguments,
    ArgumentType,
    DuplicateName,
    DefaultTypeMismatch,
    UnknownSpec,
    ReferenceCycle,
    ShapeCannotHold,
    ConstraintViolated,
    TypeMismatch,
    InvalidName,
    DuplicateSpec,
    ExampleMismatch,
    InvalidForward,
    MaybeNull,
    UnusedMember,
    HintNameCollision,
    IncompatibleBlock,
    InternalError,
}
