package io.jianfu.command.evaluation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link UnknownEvaluationToken} with a 404 problem; consulted before the application's general advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EvaluationTokenAdvice {

    @ExceptionHandler(UnknownEvaluationToken.class)
    ProblemDetail unknown(UnknownEvaluationToken unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
        problem.setTitle("Unknown token");
        return problem;
    }
}
