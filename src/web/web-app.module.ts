import { Module } from '@nestjs/common';
import { WebAppRoute } from './web-app.route.js';

/** The Polish/English web app (source in web/, built to dist/web), served by the API server. */
@Module({ providers: [WebAppRoute] })
export class WebAppModule {}
