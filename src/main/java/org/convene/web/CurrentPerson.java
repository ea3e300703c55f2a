package org.convene.web;

import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The signed-in person, for any page or API method that asks for a {@link Person} parameter: one way, instead of
 * every controller looking them up. Someone signed in who is not in the directory is refused.
 */
@Component
class CurrentPerson implements HandlerMethodArgumentResolver {

    private final Directory directory;

    CurrentPerson(Directory directory) {
        this.directory = directory;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Person.class;
    }

    @Override
    public Person resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        String username = request.getRemoteUser();
        if (username == null && request.getUserPrincipal() != null) {
            username = request.getUserPrincipal().getName();
        }
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }
}
