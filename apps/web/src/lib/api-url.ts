/** The API's URL as the browser sees it: read from the server's environment per request, never from the build. */
export const apiPublicUrl = () => process.env.API_PUBLIC_URL || 'http://localhost:4000';
