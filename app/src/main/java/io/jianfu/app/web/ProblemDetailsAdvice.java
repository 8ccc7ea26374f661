package io.jianfu.app.web;

import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.ImportFailed;
import io.jianfu.command.common.InvalidCommand;
import io.jianfu.command.common.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 9457 problem document: malformed input 400 with the fields, unknown resource 404, rule
 * violation 422, clash 409, authorisation 403, oversize 413. Anything unexpected is a 500 that reveals nothing.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalid(InvalidCommand invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage()
                + " " + invalid.errors().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                 .collect(Collectors.joining("; ")) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.errors());
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Rule violated", violation.getMessage());
    }

    @ExceptionHandler(ImportFailed.class)
    ProblemDetail importFailed(ImportFailed failed) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Import refused", failed.getMessage());
        problem.setProperty("line", failed.line());
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        return problem(HttpStatus.CONFLICT, "Conflict", conflict.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException concurrent) {
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                       "Someone else changed this at the same moment; read it again and retry.");
    }

    /**
     * A new stream clashed when its events were stored: its id was taken meanwhile, or another aggregate the same
     * command appends to (such as a month's register) changed at the same moment.
     */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail streamClash(AggregateStreamCreationException clash) {
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                       "Someone else created or changed this at the same moment; read it again and retry.");
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException denied) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", denied.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "Nothing with id " + missing.getAggregateIdentifier()
                + " exists.");
    }

    /** The id names an aggregate of another type, such as a unit code used as a meeting id. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail wrongKind(IncompatibleAggregateException wrongKind) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "Nothing of that kind exists with this id.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parameterType(MethodArgumentTypeMismatchException mismatch) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", "Parameter '" + mismatch.getName()
                + "' cannot be '" + mismatch.getValue() + "'.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException failed) {
        log.error("A command failed unexpectedly", failed);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The command could not be carried out.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception unexpected) {
        log.error("Unexpected error", unexpected);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side.");
    }

    /** Malformed JSON, wrong types and oversize bodies all surface here; tell the caller which field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                                     .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Body too large",
                                                   tooLarge.getMessage()));
            }
        }
        String detail = "The request body is not valid JSON of the expected shape.";
        if (unreadable.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                                  .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                                          : "[" + ref.getIndex() + "]")
                                  .collect(Collectors.joining("."));
            detail = "Field '" + field + "' has a value of the wrong type or format.";
        } else if (unreadable.getCause() == null || unreadable.getMessage().contains("Required request body")) {
            detail = "The request body is missing.";
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", detail);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
