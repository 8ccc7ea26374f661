package io.jianfu.command.inspection;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link PhotoTooLarge} with a 413 problem document; consulted before the application's general advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PhotoTooLargeAdvice {

    @ExceptionHandler(PhotoTooLarge.class)
    ProblemDetail tooLarge(PhotoTooLarge tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
        problem.setTitle("Photo too large");
        problem.setProperty("limit", tooLarge.limit());
        return problem;
    }
}
